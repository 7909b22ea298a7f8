package org.minipublic.app.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Browser;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.Journey;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue 11's whole flow in a real browser, every step through the pages an organiser or a resident uses: the address
 * list, an invitation round, the letters (read back from the PDF), registrations on the public form (one with a
 * mistyped code), a pool recruited elsewhere imported from a file, targets, the draw with everyone's chance, and a
 * replacement draw after a withdrawal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecruitmentJourneyIntegrationTests {

    private static final int HOUSEHOLDS = 60;
    private static final int LETTERS = 30;
    private static final int IMPORTED = 40;
    private static final int PANEL = 12;
    private static final Pattern CODE = Pattern.compile("\\b([2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4})\\b");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    ChromeDriver browser;
    Journey journey;
    TestUser organiser;
    AssemblyId assembly;
    Path files;

    @BeforeAll
    void start() throws Exception {
        organiser = fixtures.user("Recruitment Journey Organiser");
        assembly = fixtures.assembly(organiser, Fixtures.unique("Recruitment journey"));
        files = Files.createTempDirectory("recruitment-journey");
        browser = Browser.start();
        journey = new Journey(browser, port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromTheAddressListToAReplacementDraw() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        journey.logIn(organiser);
        setUpRegistration();
        importAddresses();
        String round = drawInvitationRound();
        List<String> codes = lettersReadBack(round);

        journey.logOut();
        registerWithMistypedCodeFirst(codes.get(0), "Aleksandra");
        register(codes.get(1), "Bashir");
        register(codes.get(2), "Ceri");
        formInUrdu(codes.get(3));

        journey.logIn(organiser);
        importPool();
        journey.open("/assemblies/" + assembly + "/respondents");
        assertThat(journey.text()).contains("Aleksandra", "Bashir", "Ceri", "Imported");

        saveTargets();
        String draw = runDraw();
        withdrawAndReplace(draw);
    }

    private void setUpRegistration() {
        journey.open("/assemblies/" + assembly + "/registration");
        for (String name : List.of("Gender", "Age band", "Area")) {
            journey.click("//form[input[@name='name' and @value='" + name + "']]//button");
        }
        setValue("closesOn", java.time.LocalDate.now().plusDays(30).toString());
        setValue("closesAt", "18:00");
        var perHousehold = browser.findElement(By.id("perHousehold"));
        perHousehold.clear();
        perHousehold.sendKeys("2");
        setValue("referenceDate", "2027-02-20");
        journey.click("//form[contains(@action,'/registration/settings')]//button[@type='submit']");
        assertThat(journey.text()).contains("Gender", "Age band", "Area");
    }

    private void importAddresses() throws Exception {
        var csv = new StringBuilder("address line 1,town,postcode,area\n");
        for (int i = 0; i < HOUSEHOLDS; i++) {
            csv.append(i + 1)
                    .append(" Journey Road,Walthamstow,E17 ")
                    .append(i % 9)
                    .append("AB,");
            csv.append(i % 2 == 0 ? "Hale End" : "Leyton").append('\n');
        }
        Path file = files.resolve("addresses.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        journey.open("/assemblies/" + assembly + "/addresses");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        journey.click("//form[contains(@action,'/addresses/uploads')]//button[@type='submit']");
        assertThat(journey.text()).contains(Integer.toString(HOUSEHOLDS));
        journey.click("//form[contains(@action,'/import')]//button");
        assertThat(journey.text()).contains(HOUSEHOLDS + " addresses");
    }

    private String drawInvitationRound() {
        journey.open("/assemblies/" + assembly + "/invitations");
        var letters = browser.findElement(By.id("letters"));
        letters.clear();
        letters.sendKeys(Integer.toString(LETTERS));
        browser.findElement(By.id("seed")).sendKeys("20240611");
        journey.click("//main//form//button[@type='submit']");
        var matcher = Pattern.compile("/invitations/([0-9a-f-]{36})").matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).as("the round's own page opens").isTrue();
        assertThat(journey.text()).contains(Integer.toString(LETTERS));
        return matcher.group(1);
    }

    /** The letters as the print house gets them: one page per household, each with its own code. */
    private List<String> lettersReadBack(String round) throws Exception {
        // made in the background: the round's page shows the download once they are ready (htmx asks every 3 s)
        journey.open("/assemblies/" + assembly + "/invitations/" + round);
        journey.click("//section[@id='letters']//form[contains(@action, '/letters')]//button");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#letters a[href$='/letters.pdf']")));
        byte[] pdf = journey.download("/assemblies/" + assembly + "/invitations/" + round + "/letters.pdf");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(LETTERS);
            var codes = CODE.matcher(new PDFTextStripper().getText(document))
                    .results()
                    .map(m -> m.group(1))
                    .distinct()
                    .toList();
            assertThat(codes).hasSize(LETTERS);
            return codes;
        }
    }

    private void registerWithMistypedCodeFirst(String code, String firstName) throws Exception {
        journey.open("/register?lang=en");
        char last = code.charAt(code.length() - 1);
        String mistyped = code.substring(0, code.length() - 1) + (last == '2' ? '3' : '2');
        browser.findElement(By.id("code")).sendKeys(mistyped);
        journey.click("//main//form//button[@type='submit']");
        assertThat(journey.text()).contains("That code is not right");
        assertThat(browser.findElement(By.id("code-error")).getText()).isNotBlank();
        fillIn(code, firstName);
    }

    /** The form as an Urdu reader sees it (not sent): checked by axe, kept as docs/screenshots shows it. */
    private void formInUrdu(String code) {
        journey.open("/register?lang=ur");
        browser.findElement(By.id("code")).sendKeys(code);
        journey.click("//main//form//button[@type='submit']");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("firstName")).isDisplayed()).isTrue();
        Browser.assertAccessible(browser, "register-form-ur");
        Browser.assertFitsAPhone(browser, "register-form-ur-phone");
    }

    private void register(String code, String firstName) throws Exception {
        journey.open("/register?lang=en");
        fillIn(code, firstName);
    }

    private void fillIn(String code, String firstName) throws Exception {
        var field = browser.findElement(By.id("code"));
        field.clear();
        field.sendKeys(code);
        journey.click("//main//form//button[@type='submit']");
        browser.findElement(By.id("firstName")).sendKeys(firstName);
        browser.findElement(By.id("lastName")).sendKeys("Journey");
        browser.findElement(By.id("birthDay")).sendKeys("17");
        browser.findElement(By.id("birthMonth")).sendKeys("5");
        browser.findElement(By.id("birthYear")).sendKeys("1980");
        browser.findElement(By.xpath("//fieldset[legend='Gender']//input[@type='radio']"))
                .click();
        browser.findElement(By.id("email")).sendKeys(firstName.toLowerCase() + "@example.org");
        browser.findElement(By.id("availability-ALL")).click();
        browser.findElement(By.id("consent")).click();
        // the form refuses answers sent within three seconds of showing it, as scripts send them
        Thread.sleep(3_100);
        journey.click("//main//form//button[@type='submit']");
        assertThat(journey.text()).contains("You are registered");
    }

    private void importPool() throws Exception {
        var csv = new StringBuilder(
                "first name,last name,email,date of birth,area,gender,language,availability,household\n");
        for (int i = 0; i < IMPORTED; i++) {
            csv.append("Imported,Person ")
                    .append(i)
                    .append(",imported")
                    .append(i)
                    .append("@example.org,");
            csv.append(String.format("%d-%02d-15,", 1950 + i, 1 + i % 12));
            csv.append(i % 2 == 0 ? "Hale End" : "Leyton").append(',');
            csv.append(i % 3 == 0 ? "Man" : "Woman")
                    .append(",en,ALL,h")
                    .append(i)
                    .append('\n');
        }
        Path file = files.resolve("pool.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        journey.open("/assemblies/" + assembly + "/respondents");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        journey.click("//main//form[@enctype='multipart/form-data']//button[@type='submit']");
        assertThat(journey.text()).contains(Integer.toString(IMPORTED));
        journey.click("//form[contains(@action,'/import')]//button");
    }

    private void saveTargets() {
        journey.open("/assemblies/" + assembly + "/targets");
        var size = browser.findElement(By.id("panelSize"));
        size.clear();
        size.sendKeys(Integer.toString(PANEL));
        // every value may have from none to half the panel, so gender and area must both be mixed
        for (var min : browser.findElements(By.cssSelector("input[id^='min-']"))) {
            min.clear();
            min.sendKeys("0");
        }
        for (var max : browser.findElements(By.cssSelector("input[id^='max-']"))) {
            max.clear();
            max.sendKeys(Integer.toString(PANEL));
        }
        journey.click("//button[@name='action' and @value='save']");
        assertThat(journey.text()).contains("Version 1");
    }

    private String runDraw() {
        journey.open("/assemblies/" + assembly + "/draws");
        new Select(browser.findElement(By.id("algorithm"))).selectByValue("leximin");
        browser.findElement(By.id("seed")).sendKeys("4711");
        browser.findElement(By.id("witnesses")).sendKeys("A resident of Hale End");
        journey.click("//main//form//button[@type='submit']");
        awaitDone();
        var matcher = Pattern.compile("/draws/([0-9a-f-]{36})").matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).isTrue();
        String text = journey.text();
        assertThat(text).contains("The panel", "Reserves", "Smallest chance");
        var chances = browser.findElements(
                By.xpath("//h2[starts-with(.,'The panel')]/following::table[1]//td[contains(@class,'number')]"));
        assertThat(chances).hasSize(PANEL);
        assertThat(chances).allSatisfy(cell -> assertThat(cell.getText()).matches("\\d+(\\.\\d)?\\s?%"));
        return matcher.group(1);
    }

    private void withdrawAndReplace(String draw) {
        String firstRow = "(//h2[starts-with(.,'The panel')]/following::table[1]//tbody/tr)[1]";
        String leaving = browser.findElement(By.xpath(firstRow + "/th")).getText();
        journey.click(firstRow + "//button");
        assertThat(journey.text()).contains("Withdrew");
        browser.findElement(By.xpath("//form[contains(@action,'/replacements')]//input[@id='seed']"))
                .sendKeys("99");
        journey.click("//form[contains(@action,'/replacements')]//button[@type='submit']");
        awaitDone();
        assertThat(browser.getCurrentUrl()).doesNotContain(draw);
        assertThat(journey.text()).contains("Replacements for draw 1");
        var seated =
                browser.findElements(By.xpath("//h2[starts-with(.,'The panel')]/following::table[1]//tbody/tr/th"));
        assertThat(seated).hasSize(1);
        assertThat(seated.get(0).getText()).isNotEqualTo(leaving);
    }

    private void awaitDone() {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> {
            d.navigate().refresh();
            return !d.findElement(By.tagName("main")).getText().contains("Running");
        });
        assertThat(journey.text()).doesNotContain("did not succeed");
    }

    /** Date and time inputs take their value by script: typing into them depends on the browser's locale. */
    private void setValue(String id, String value) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }
}
