package vn.thituyen.notices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on the port application-test.properties gives
 * spring.mail.port: the one Spring context stays one, and tests may stop and start the server (an outage).
 */
public final class TestMailServer {

    /** 39725 unless THITUYEN_TEST_SMTP_PORT says otherwise (two test JVMs on one machine need two ports). */
    public static final int PORT = Integer.parseInt(
            System.getenv().getOrDefault("THITUYEN_TEST_SMTP_PORT", "39725"));
    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        } else if (!server.isRunning()) {
            server.start();
        }
        return server;
    }

    public static synchronized void down() {
        if (server != null && server.isRunning()) {
            server.stop();
        }
    }
}
