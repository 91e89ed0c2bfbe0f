package com.example.fulfillment.shipping.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;

/** The local platform's certificate is trusted besides the JDK's authorities, never instead of them. */
class CarrierPlatformTrustTest {

    private static final Path TRUST_STORE = Path.of("../.run/carrier/tls/truststore.p12");
    private static final char[] PASSWORD = "local-carrier-platform".toCharArray();

    @Test
    void addsTheLocalCertificateToTheJdksAuthorities() throws Exception {
        X509TrustManager jdk = (X509TrustManager) Arrays.stream(jdkFactory().getTrustManagers())
                .filter(X509TrustManager.class::isInstance).findFirst().orElseThrow();
        X509TrustManager both = CarrierPlatformTrust.trustManager(TRUST_STORE, PASSWORD);
        X509Certificate local = localCertificate();

        assertEquals(jdk.getAcceptedIssuers().length + 1, both.getAcceptedIssuers().length);
        assertTrue(Arrays.asList(both.getAcceptedIssuers()).containsAll(Arrays.asList(jdk.getAcceptedIssuers())));
        both.checkServerTrusted(new X509Certificate[] { local }, "ECDHE_ECDSA");
        // the JDK alone refuses the self-signed certificate: what production, without a trust store, does
        assertThrows(CertificateException.class, () -> jdk.checkServerTrusted(new X509Certificate[] { local }, "ECDHE_ECDSA"));
    }

    private static TrustManagerFactory jdkFactory() throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return factory;
    }

    private static X509Certificate localCertificate() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TRUST_STORE)) {
            store.load(in, PASSWORD);
        }
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }
}
