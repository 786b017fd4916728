package dev.hiring.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The recruiter page in a real headless Chromium (Debian's chromium and chromium-driver): paste a posting, compare
 * the highlighted findings with {@code POST /v1/lint}, open a finding and read its fix, decide from an uploaded file.
 * Skips only when no browser or driver is installed.
 */
class PageBrowserTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    static @Nullable HiringServer server;
    static @Nullable WebDriver driver;

    static @Nullable Path find(String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @BeforeAll
    static void start() throws IOException {
        Path chromium = find("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Path chromedriver = find("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(
                chromium != null && chromedriver != null,
                "no browser found: install Debian's chromium and chromium-driver to run the page tests");
        server = HiringServer.start(
                ServerConfig.defaults().withAddress("127.0.0.1", 0).withAccessLog(l -> {}));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static WebDriver driver() {
        return java.util.Objects.requireNonNull(driver);
    }

    static String base() {
        return java.util.Objects.requireNonNull(server).url();
    }

    static void shot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(30));
    }

    /** The postings to paste: our own fixture, and the shared bad posting when ../shared is there. */
    static Map<String, String> postings() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("own-posting", Http.resource("posting.md"));
        Path shared = Path.of("..", "..", "shared", "fixtures", "jd", "bad-senior-backend.md");
        if (Files.isRegularFile(shared)) {
            out.put("shared-bad-senior-backend", Files.readString(shared, StandardCharsets.UTF_8));
        } else {
            System.out.println("PageBrowserTest: ../shared/fixtures/jd/bad-senior-backend.md is absent; "
                    + "pasting only the module's own posting");
        }
        return out;
    }

    @Test
    void everyFindingIsHighlightedAtItsPlaceAndOpensWithItsFix() throws IOException {
        for (Map.Entry<String, String> e : postings().entrySet()) {
            String text = e.getValue();
            JsonNode findings = Http.tree(Http.post(base() + "/v1/lint", "text/markdown", text)
                            .body())
                    .path("files")
                    .path(0)
                    .path("findings");
            assertThat(findings.size()).as(e.getKey()).isGreaterThan(3);

            driver().get(base() + "/");
            WebElement area = driver().findElement(By.id("posting"));
            ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", area, text);
            driver().findElement(By.id("lint-run")).click();
            waiting()
                    .until(d -> d.findElement(By.id("lint-result")).isDisplayed()
                            && d.findElement(By.id("lint-status")).getText().endsWith("findings"));

            List<WebElement> marks = driver().findElements(By.cssSelector("#marked mark.finding"));
            Map<Integer, StringBuilder> byIndex = new LinkedHashMap<>();
            Map<Integer, String> ruleOf = new LinkedHashMap<>();
            for (WebElement m : marks) {
                int i = Integer.parseInt(java.util.Objects.requireNonNull(m.getDomAttribute("data-index")));
                ruleOf.put(i, m.getDomAttribute("data-rule"));
                // only the mark's own text nodes: nested marks repeat the same segment
                String own = (String) ((JavascriptExecutor) driver())
                        .executeScript(
                                "return Array.from(arguments[0].childNodes).map(n => n.nodeType === 3 ? n.data"
                                        + " : n.textContent).join('');",
                                m);
                byIndex.computeIfAbsent(i, k -> new StringBuilder()).append(own);
            }
            assertThat(byIndex.keySet()).as(e.getKey()).hasSize(findings.size());
            List<Integer> checked = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            int[] starts = new int[lines.length];
            for (int l = 1; l < lines.length; l++) {
                starts[l] = starts[l - 1] + lines[l - 1].length() + 1;
            }
            for (int i = 0; i < findings.size(); i++) {
                JsonNode f = findings.get(i);
                assertThat(ruleOf.get(i)).isEqualTo(f.path("ruleId").asText());
                int s = starts[f.path("line").asInt() - 1] + f.path("column").asInt() - 1;
                int end = starts[f.path("endLine").asInt() - 1]
                        + f.path("endColumn").asInt()
                        - 1;
                assertThat(String.valueOf(byIndex.get(i)))
                        .as(e.getKey() + " finding " + i + " "
                                + f.path("ruleId").asText())
                        .isEqualTo(text.substring(s, Math.max(s, end)));
                checked.add(i);
            }
            assertThat(checked).hasSize(findings.size());
            assertThat(driver().findElements(By.cssSelector("#findings li"))).hasSize(findings.size());
            shot(e.getKey() + "-findings");

            int withFix = -1;
            for (int i = 0; i < findings.size() && withFix < 0; i++) {
                if (!findings.get(i).path("suggestion").isNull()) {
                    withFix = i;
                }
            }
            assertThat(withFix).as("a finding with a suggested fix").isNotNegative();
            driver().findElement(By.cssSelector("#findings button[data-index='" + withFix + "']"))
                    .click();
            waiting().until(d -> d.findElement(By.id("detail")).isDisplayed());
            JsonNode f = findings.get(withFix);
            assertThat(driver().findElement(By.id("detail-fix")).getText())
                    .isEqualTo(f.path("suggestion").asText());
            assertThat(driver().findElement(By.id("detail-reason")).getText())
                    .contains(f.path("reason").asText());
            assertThat(driver().findElement(By.id("detail-guide")).getText())
                    .startsWith(f.path("guideRef").asText());
            shot(e.getKey() + "-finding-open");

            // the severity filter hides the list items of an unchecked severity
            String sev = f.path("severity").asText();
            driver().findElement(By.cssSelector("#severity-filter input[value='" + sev + "']"))
                    .click();
            long shownOfSev = driver().findElements(By.cssSelector("#findings li." + sev)).stream()
                    .filter(WebElement::isDisplayed)
                    .count();
            assertThat(shownOfSev).isZero();
        }
    }

    @Test
    void decidesFromAnUploadedScorecardFile() throws IOException {
        String loop = Http.resource("loop.json");
        JsonNode expected = Http.tree(Http.post(base() + "/v1/decide", "application/json", loop)
                        .body())
                .path("decision");
        Path file = Files.createTempFile("loop", ".json");
        Files.writeString(file, loop, StandardCharsets.UTF_8);
        driver().get(base() + "/");
        driver().findElement(By.id("tab-decide")).click();
        driver().findElement(By.id("scorecards-file"))
                .sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> {
            String v = d.findElement(By.id("scorecards")).getDomProperty("value");
            return v != null && !v.isEmpty();
        });
        driver().findElement(By.id("decide-run")).click();
        waiting().until(d -> d.findElement(By.id("decide-status")).getText().startsWith("Decided"));
        assertThat(driver().findElement(By.id("outcome")).getText())
                .startsWith(expected.path("outcome").asText());
        List<WebElement> trace = driver().findElements(By.cssSelector("#trace tbody tr"));
        assertThat(trace).hasSize(expected.path("trace").size());
        assertThat(trace.get(0).getText())
                .contains(expected.path("trace").path(0).path("rule").asText());
        shot("decision");
        Files.delete(file);
    }
}
