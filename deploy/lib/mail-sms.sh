# shellcheck shell=bash
# The mailbox and the SMS gateway of deploy/infra.sh (sourced by it): one small JVM each, on one port, so that no
# e-mail or text message of a developer's machine reaches a real person, and each can be read back.

MAIL="$RUN/mail/mail"           # the process handle: mail.pid, mail.log
MAIL_LIBS="$RUN/mail/libs"
SMTP_PORT=3025

SMS="$RUN/sms/sms"              # the process handle: sms.pid, sms.log
SMS_JAVA="$ROOT/deploy/infra/SmsGateway.java"
SMS_PORT=3026

# GreenMail's standalone jar: SMTP on 3025, IMAP on 3143, and a REST API on 8080 that lists what it received.
mail_start() {
  infra_running "$MAIL" greenmail "$SMTP_PORT" && return 0
  fetch_libs mail "$MAIL_LIBS"
  # shellcheck disable=SC2012 # one jar of a plain name
  proc_start "$MAIL" "GreenMail (SMTP $HOST:$SMTP_PORT, IMAP $HOST:3143, API $HOST:8080)" \
    "$JAVA" -Xmx128m -XX:+UseSerialGC -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap \
    -Dgreenmail.setup.test.api -Dgreenmail.hostname="$HOST" -Dgreenmail.auth.disabled \
    -jar "$(ls "$MAIL_LIBS"/greenmail-standalone-*.jar 2>/dev/null | head -1)"
  proc_wait "$MAIL" "$SERVER_START_TIMEOUT" "on $HOST:$SMTP_PORT" port_open "$HOST" "$SMTP_PORT" || exit 1
}

mail_stop() { proc_stop "$MAIL" greenmail; }
mail_status() { infra_status "$MAIL" greenmail "$SMTP_PORT"; }

# deploy/infra/SmsGateway.java, run from its source: keeps what it is sent (GET /messages?to=...).
sms_start() {
  infra_running "$SMS" SmsGateway "$SMS_PORT" && return 0
  proc_start "$SMS" "the local SMS gateway (http://$HOST:$SMS_PORT/messages)" \
    env SMS_GATEWAY_HOST="$HOST" SMS_GATEWAY_PORT="$SMS_PORT" "$JAVA" -Xmx64m -XX:+UseSerialGC "$SMS_JAVA"
  proc_wait "$SMS" "$SERVER_START_TIMEOUT" "on $HOST:$SMS_PORT" port_open "$HOST" "$SMS_PORT" || exit 1
}

sms_stop() { proc_stop "$SMS" SmsGateway; }
sms_status() { infra_status "$SMS" SmsGateway "$SMS_PORT"; }
