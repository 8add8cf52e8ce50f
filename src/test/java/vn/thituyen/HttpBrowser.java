package vn.thituyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a browser, for tests at the HTTP boundary: keeps cookies, does not follow redirects. */
public final class HttpBrowser {

    public final HttpClient http;
    private final int port;

    public HttpBrowser(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** The same, on a client the test already holds (its cookies are the browser's). */
    public HttpBrowser(int port, HttpClient http) {
        this.port = port;
        this.http = http;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form as a browser submits it: the page's CSRF token, the form's fields, the page as referrer. */
    public HttpResponse<String> formLogin(String page, String username, String password) throws Exception {
        HttpResponse<String> form = get(page);
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Referer", uri(page).toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
