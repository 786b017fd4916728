package dev.hiring.jdlint.rules;

import static dev.hiring.jdlint.rules.RuleTester.finding;

import org.junit.jupiter.api.Test;

class ExclusionaryLanguageRuleTest {
    private final RuleTester t = RuleTester.of(new ExclusionaryLanguageRule());

    @Test
    void table() {
        t.valid("Fluent in English.");
        t.invalid("Native English speaker required.", finding("exclusionary").at(1, 1));
        t.invalid("Join our young and dynamic team.", finding("exclusionary").at(1, 10));
        t.invalid("We hire for culture fit.", finding("exclusionary").at(1, 13));
        t.invalid("Canadian experience is required.", finding("exclusionary").at(1, 1));
        t.invalid("Must be able to lift 50 pounds.", finding("exclusionary").at(1, 9));
    }

    @Test
    void recentGraduateOnlyForSeniorRoles() {
        t.valid("""
                # Junior Developer

                Recent graduates welcome.
                """);
        t.invalid("""
                # Senior Backend Engineer

                Ideal for a recent graduate.
                """, finding("exclusionary").at(3, 13));
    }

    @Test
    void ageWordsAreReportedForTheTeamNotTheCompany() {
        t.invalid("We are a young team.", finding("exclusionary").at(1, 10));
        t.invalid("We are young and hungry.", finding("exclusionary").at(1, 8));
        t.invalid("We hire young professionals.", finding("exclusionary").at(1, 9));
        t.valid("A young company founded in 2019.");
        t.valid("We are a young, fast-growing startup.");
        t.valid("The industry is young.");
        t.valid("Childcare for parents of young children.");
        t.valid("We help young people learn to code.");
    }

    @Test
    void traitsAreReportedForTheCandidateNotForSomebodyElse() {
        t.invalid(
                "You must be a native English speaker.", finding("exclusionary").at(1, 15));
        t.invalid("We are looking for digital natives.", finding("exclusionary").at(1, 20));
        t.invalid("- Native speaker of German", finding("exclusionary").at(1, 3));
        t.valid("Free English classes with a native speaker.");
        t.valid("Our app is built for digital natives.");
        t.valid("Our users are digital natives.");
        t.valid("Fluent English and business-level German.");
    }

    @Test
    void patternFormsAndTechnicalSenses() {
        t.invalid("Native-level German is required.", finding("exclusionary").at(1, 1));
        t.invalid("- German native speakers", finding("exclusionary").at(1, 3));
        t.invalid(
                "Candidates must have Canadian work experience.",
                finding("exclusionary").at(1, 22));
        t.invalid(
                "This position is for recent graduates only.",
                finding("exclusionary").at(1, 22));
        t.valid("You will lift and shift legacy services to the cloud, so you should be able to lift and shift.");
        t.valid("You should be able to stand up a new service on your own.");
        t.valid("Experience with cloud-native tooling and React Native.");
        t.valid("Native Android apps in Kotlin.");
    }

    @Test
    void physicalRequirementsOnlyForDeskJobs() {
        t.invalid("""
                # Backend Engineer

                Must be able to stand all day.
                """, finding("exclusionary").at(3, 9));
        t.valid("""
                # Warehouse Technician

                Must be able to stand all day.
                """);
    }

    @Test
    void equalOpportunityBoilerplateIsNotARequirement() {
        t.valid("We welcome applicants regardless of age, and native speakers of every language.");
        t.valid("All qualified applicants, able-bodied or disabled, receive consideration.");
    }

    @Test
    void negatedAndQuotedAreNotFindings() {
        t.valid("We do not hire for \"culture fit\".");
        t.valid("You do not need to be a native English speaker.");
    }
}
