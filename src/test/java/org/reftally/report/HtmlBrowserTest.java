package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Unit;

/**
 * Loads rendered pages in headless Chromium from file:// URLs: the page must load with no console
 * message and no network request, draw its SVGs at their declared sizes, and run no injected
 * markup. Chromium at /usr/bin/chromium is required (CI installs it); set REFTALLY_SKIP_BROWSER=1
 * to skip these tests where it cannot be installed. Screenshots are kept in target/html-browser.
 */
@DisabledIfEnvironmentVariable(named = "REFTALLY_SKIP_BROWSER", matches = "1",
        disabledReason = "REFTALLY_SKIP_BROWSER=1: headless Chromium tests skipped")
class HtmlBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;
    private static final Path KEEP = Path.of("target", "html-browser");

    @TempDir
    Path dir;

    @BeforeAll
    static void requireChromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("headless Chromium is required at " + CHROMIUM + " for the HTML browser tests: install it with"
                    + " 'apt-get install -y chromium', or set REFTALLY_SKIP_BROWSER=1 to skip them");
        }
        Files.createDirectories(KEEP);
    }

    @Test
    void pageLoadsOfflineWithNoConsoleMessageAndNoNetworkRequest() throws Exception {
        Path page = write("us.html", SampleReports.yesNo(SampleReports.set("us", SampleReports.US), 7, false));
        Run run = chromium(page, "--dump-dom");

        assertThat(consoleMessages(run.stderr)).isEmpty();
        assertThat(pageRequests(run.netLog)).isEmpty();
        assertThat(run.stdout).contains("INCOMPLETE");
    }

    @Test
    void svgsAreDrawnWithTheirDeclaredSizesAndEveryTile() throws Exception {
        Path page = write("us-dom.html", SampleReports.yesNo(SampleReports.set("us", SampleReports.US), 7, true));
        String dom = chromium(page, "--dump-dom").stdout;

        assertThat(svgSizes(dom, "chart")).containsExactly("720x204 0 0 720 204");
        assertThat(svgSizes(dom, "tile-map")).containsExactly("632x458 0 0 632 458");
        assertThat(svgSizes(dom, "legend")).hasSize(1);
        assertThat(count(dom, "<g class=\"tile\"")).isEqualTo(51);
    }

    @Test
    void detectorsCatchAConsoleMessageAndANetworkRequest() throws Exception {
        // The control: a page that logs and fetches must be caught, or the checks above prove nothing.
        Path page = dir.resolve("leaky.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>leaky</title></head>"
                + "<body><img src=\"http://leak.invalid/x.png\"><script>console.log('hello')</script></body></html>");
        Run run = chromium(page, "--dump-dom");

        assertThat(consoleMessages(run.stderr)).isNotEmpty();
        assertThat(pageRequests(run.netLog)).contains("http://leak.invalid/x.png");
    }

    @Test
    void injectedMarkupInInputTextDoesNotRunInTheBrowser() throws Exception {
        String script = "<script>document.title='PWNED'</script>";
        String img = "<img src=x onerror=\"document.title='PWNED'\">";
        Contest contest = new Contest("Q " + script, List.of(org.reftally.model.OptionId.of("YES" + img),
                org.reftally.model.OptionId.of("NO" + script)));
        JurisdictionSet set = SampleReports.set("us", new String[][] {{"CA", "Cali" + img}, {"NY", "New York" + script}});
        Map<Unit, Counts> units = new TreeMap<>();
        units.put(Unit.of(set.members().get(0).id()), SampleReports.counts(new long[] {60, 40}, 1, 2, 200));
        units.put(Unit.of(set.members().get(1).id()), SampleReports.counts(new long[] {30, 70}, 0, 1, 150));
        Report report = SampleReports.report("Safe title", set, new ContestTally(contest, units), true);
        String dom = chromium(write("inject.html", report), "--dump-dom").stdout;

        assertThat(dom).containsIgnoringCase("<title>Safe title</title>").doesNotContain("PWNED</title>");
        assertThat(dom.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
        assertThat(Pattern.compile("<[^>]*\\sonerror\\s*=", Pattern.CASE_INSENSITIVE).matcher(dom).find()).isFalse();
        assertThat(dom).contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "ch", "au"})
    void screenshotHasTheWindowSizeAndContent(String setName) throws Exception {
        String[][] members = switch (setName) {
            case "us" -> SampleReports.US;
            case "ch" -> SampleReports.CH;
            default -> SampleReports.AU;
        };
        Path page = write(setName + ".html", SampleReports.yesNo(SampleReports.set(setName, members), 11, false));
        Path png = KEEP.resolve(setName + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium(page, "--screenshot=" + png, "--window-size=1200,2000", "--hide-scrollbars");

        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).as("a blank 1200x2000 PNG is a few kB; the page is far more").isGreaterThan(60_000);
        // PNG: 8-byte signature, then the IHDR chunk whose data starts with width and height.
        assertThat(new String(bytes, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        assertThat(header.getInt()).isEqualTo(1200);
        assertThat(header.getInt()).isEqualTo(2000);
    }

    private Path write(String name, Report report) throws IOException {
        StringWriter html = new StringWriter();
        new HtmlRenderer().render(report, RenderOptions.DEFAULT, html);
        Path page = KEEP.resolve(name).toAbsolutePath();
        Files.writeString(page, html.toString(), StandardCharsets.UTF_8);
        return page;
    }

    private record Run(String stdout, String stderr, Path netLog) {
    }

    /** Runs Chromium on {@code page} with a fresh profile, offline, and kills it after the timeout. */
    private Run chromium(Path page, String... action) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path stdout = dir.resolve("stdout-" + profile.getFileName());
        Path stderr = dir.resolve("stderr-" + profile.getFileName());
        Path netLog = dir.resolve("netlog-" + profile.getFileName() + ".json");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--log-net-log=" + netLog));
        command.addAll(List.of(action));
        command.add(page.toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Run(Files.readString(stdout), Files.readString(stderr), netLog);
    }

    /** Lines Chromium logs for the page's console (console.log, errors, CSP violations). */
    private static List<String> consoleMessages(String stderr) {
        return stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    /**
     * URLs the page itself asked for: requests in the net log whose network isolation key is the
     * file:// page. Chromium's own background requests (update checks) have another key.
     */
    private static List<String> pageRequests(Path netLog) throws IOException {
        assertThat(netLog).as("Chromium wrote no net log").exists();
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if (event.path("type").asInt() == startJob
                    && (params.path("network_isolation_key").asText().contains("file://")
                            || params.path("site_for_cookies").asText().contains("file://"))) {
                urls.add(params.path("url").asText());
            }
        }
        return urls;
    }

    /** "width x height viewBox" of every svg of {@code cssClass} in the DOM. */
    private static List<String> svgSizes(String dom, String cssClass) {
        Matcher m = Pattern.compile("<svg class=\"" + cssClass
                + "\"[^>]*? width=\"(\\d+)\" height=\"(\\d+)\" viewBox=\"([\\d ]+)\"").matcher(dom);
        List<String> sizes = new ArrayList<>();
        while (m.find()) {
            sizes.add(m.group(1) + "x" + m.group(2) + " " + m.group(3));
        }
        return sizes;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
