package com.example.fulfillment.shipping.carrier;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.stream.Stream;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS trust for the carrier platform: the JDK's trust store, plus the certificates of a configured trust store.
 * <p>
 * EasyPost's client opens each connection with {@code new URL(..).openConnection()} and sets no socket factory, so
 * a connection takes {@link HttpsURLConnection#getDefaultSSLSocketFactory()}; there is no per-client setting.
 * Replacing the JVM's trust store ({@code javax.net.ssl.trustStore}) with the local one would stop every other
 * certificate from verifying, the real api.easypost.com's too. So when a trust store is configured, the default
 * factory becomes one whose trust manager accepts what the JDK's accepts, and besides that only what the extra
 * store holds: nothing is verified less than before. Without a trust store (production) nothing is installed.
 */
final class CarrierPlatformTrust {

    private CarrierPlatformTrust() {
    }

    /** The context to verify the platform (and its label documents' hosts) with. */
    static SSLContext context(Path extraTrustStore, char[] password) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trustManager(extraTrustStore, password) }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context for the carrier platform", e);
        }
    }

    /** The JDK's trust and the extra store's, either sufficing. */
    static X509ExtendedTrustManager trustManager(Path extraTrustStore, char[] password) {
        try {
            return new EitherTrustManager(trustManager(null), trustManager(load(extraTrustStore, password)));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot read the carrier platform's trust store " + extraTrustStore, e);
        }
    }

    /** For the connections EasyPost's client opens: see the class comment for why this is JVM-wide. */
    static void installForHttpsUrlConnections(SSLContext context) {
        HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
    }

    private static KeyStore load(Path path, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store); // null: the JDK's own trust store (cacerts, or javax.net.ssl.trustStore if set)
        return Arrays.stream(factory.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                .map(X509ExtendedTrustManager.class::cast).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no X.509 trust manager"));
    }

    /**
     * Trusts a server chain either of the two trust managers trusts; the JDK's is asked first. Extended, so that the
     * JDK's managers still check the host name against the certificate (endpoint identification) themselves.
     */
    private static final class EitherTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager first;
        private final X509ExtendedTrustManager second;

        EitherTrustManager(X509ExtendedTrustManager first, X509ExtendedTrustManager second) {
            this.first = first;
            this.second = second;
        }

        private interface Check {
            void on(X509ExtendedTrustManager manager) throws CertificateException;
        }

        private void either(Check check) throws CertificateException {
            try {
                check.on(first);
            } catch (CertificateException notByTheFirst) {
                try {
                    check.on(second);
                } catch (CertificateException notByTheSecond) {
                    notByTheFirst.addSuppressed(notByTheSecond);
                    throw notByTheFirst;
                }
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            either(manager -> manager.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            either(manager -> manager.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            either(manager -> manager.checkServerTrusted(chain, authType, engine));
        }

        // shipping is never the server of these connections: client certificates are the JDK's business alone
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            first.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            first.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            first.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return Stream.concat(Arrays.stream(first.getAcceptedIssuers()), Arrays.stream(second.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
