package org.dateline.core.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.core.connect.Fixtures.article;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dateline.model.ActorProfile;
import org.dateline.model.Annotated;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

/** Actor names as the text writes them: its spellings, not another entity's, and roles that came with the name. */
class ActorNamesTest {
    private static Entity entity(String text, EntityType type, String canonical, String role) {
        return new Entity(text, type, 0, text.length(), canonical, "RUR", "GOV", role, 0);
    }

    private static List<ActorProfile> observe(Entity... es) {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("a", "2024-02-01", "h", "body"), List.of(es), List.of(), List.of(), List.of()),
                "2024-02-01", Set.of());
        return kb.profiles(Map.of());
    }

    private static ActorProfile named(List<ActorProfile> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + ps));
    }

    @Test
    void aPersonKeepsTheSpellingOfTheTextNotADictionaryRespelling() {
        List<ActorProfile> ps = observe(entity("Ana Vel Orrin", EntityType.PERSON, "Ana Vel-orrin", null),
                entity("Ana Vel-Orrin", EntityType.PERSON, "Ana Vel-orrin", null), entity("leader", EntityType.PERSON, "Ana Vel-orrin", null));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Ana Vel Orrin");
            assertThat(p.aliases()).contains("Ana Vel-Orrin").doesNotContain("Ana Vel-orrin");
        });
    }

    @Test
    void theFullStopOfTheSentenceIsNoPartOfTheNameButAnAbbreviationsStopIs() {
        List<ActorProfile> ps = observe(entity("Ruritanian Fruit Farm.", EntityType.ORGANIZATION, "Ruritanian Fruit Farm.", null),
                entity("Ruritanian Fruit Farm", EntityType.ORGANIZATION, "Ruritanian Fruit Farm", null),
                entity("Arven Shipping Co.", EntityType.ORGANIZATION, "Arven Shipping Co.", null),
                entity("Ruritania U.S.", EntityType.ORGANIZATION, "Ruritania U.S.", null),
                entity("Omar Al-Arven.", EntityType.PERSON, "Omar Al-Arven.", null));
        assertThat(ps).extracting(ActorProfile::name)
                .contains("Ruritanian Fruit Farm", "Arven Shipping Co.", "Ruritania U.S.", "Omar Al-Arven")
                .doesNotContain("Ruritanian Fruit Farm.", "Omar Al-Arven.");
        assertThat(named(ps, "Ruritanian Fruit Farm").aliases()).doesNotContain("Ruritanian Fruit Farm.");
    }

    @Test
    void aSchoolNamedAfterAPersonIsAnotherActorNotTheirAlias() {
        List<ActorProfile> ps = observe(entity("Tomas Arven", EntityType.PERSON, "Tomas Arven", "president"),
                entity("Tomas Arven University", EntityType.PERSON, "Tomas Arven", "president"),
                entity("Tomas Arven Kindergarten", EntityType.PERSON, "Tomas Arven", null));
        assertThat(named(ps, "Tomas Arven").aliases()).isEmpty();
        assertThat(named(ps, "Tomas Arven University").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAdjectiveOfAStateGrownByASuffixIsNoBodyNamedAfterIt() {
        List<ActorProfile> ps = observe(entity("Ruritania", EntityType.COUNTRY, "Ruritania", null),
                entity("Ruritanian", EntityType.COUNTRY, "Ruritania", null),
                entity("Ruritania Airlines", EntityType.ORGANIZATION, "Ruritania", null));
        assertThat(ps).noneMatch(p -> p.name().equals("Ruritanian"));
        assertThat(named(ps, "Ruritania Airlines").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameWrittenJoinedStillNamesTheBodyCalledAfterIt() {
        assertThat(NameKeys.extendsName("Tomasarven University", "Tomas Arven")).isTrue();
        assertThat(NameKeys.extendsName("Tomas Arven-University", "Tomas Arven")).isTrue();
        assertThat(NameKeys.extendsName("Tomas Arvenian", "Tomas Arven")).isFalse();
    }

    @Test
    void aBareTitleTiedToAPersonIsNeitherTheirAliasNorTheirRole() {
        List<ActorProfile> ps = observe(entity("Foreign Minister Lena Ostrova", EntityType.PERSON, "Lena Ostrova", "Foreign Minister"),
                entity("ambassador", EntityType.PERSON, "Lena Ostrova", "ambassador"));
        ActorProfile lena = named(ps, "Lena Ostrova");
        assertThat(lena.aliases()).doesNotContain("ambassador");
        assertThat(lena.roles()).extracting(ActorProfile.Role::role).containsExactly("Foreign Minister");
    }

    @Test
    void aTitleThatStoodForAPersonEarlierInTheArticleIsNoAliasWhenItComesBackUnresolved() {
        List<ActorProfile> ps = observe(entity("Lena Ostrova", EntityType.PERSON, "Lena Ostrova", null),
                entity("Ruritanian president", EntityType.PERSON, "Lena Ostrova", "Ruritanian president"),
                entity("Ruritanian president", EntityType.PERSON, null, "Ruritanian president"));
        assertThat(named(ps, "Lena Ostrova").aliases()).isEmpty();
    }

    @Test
    void whereTheWordsOfANameBreakIsPartOfTheNameButHyphensCaseAndAccentsAreSpelling() {
        assertThat(NameKeys.key("Torvadim")).isNotEqualTo(NameKeys.key("Tor Vadim"));
        assertThat(NameKeys.key("Rimasolu")).isNotEqualTo(NameKeys.key("Ri Ma Solu"));
        assertThat(NameKeys.key("Ri Ma-solu")).isEqualTo(NameKeys.key("RI MA SOLU")).isEqualTo(NameKeys.key("Ri  Má Solu"));
        assertThat(NameKeys.key("the Velmar People's Front")).isEqualTo(NameKeys.key("Velmar Peoples Front"));
        assertThat(NameKeys.key("V.N. Council")).isEqualTo(NameKeys.key("VN Council"));
    }

    @Test
    void aPlaceWrittenAsOneWordIsNoAliasOfThePersonItIsNamedAfter() {
        // the recogniser tags both as people: the city is the man's name written as one word
        List<ActorProfile> ps = observe(entity("Tor Vadim", EntityType.PERSON, "Tor Vadim", null),
                entity("Torvadim", EntityType.PERSON, "Torvadim", null),
                entity("Ri Ma Solu", EntityType.PERSON, "Ri Ma Solu", null),
                entity("Rimasolu", EntityType.ORGANIZATION, "Rimasolu", null));
        assertThat(ps).extracting(ActorProfile::name).contains("Tor Vadim", "Torvadim", "Ri Ma Solu", "Rimasolu");
        assertThat(named(ps, "Tor Vadim").aliases()).isEmpty();
        assertThat(named(ps, "Ri Ma Solu").aliases()).isEmpty();
    }

    @Test
    void aBodysNameWrittenJoinedIsStillTheBody() {
        List<ActorProfile> ps = observe(entity("Velmar Minbo", EntityType.ORGANIZATION, "Velmar Minbo", null),
                entity("Velmarminbo", EntityType.ORGANIZATION, "Velmarminbo", null),
                entity("Tor Vadim University", EntityType.ORGANIZATION, "Tor Vadim University", null),
                entity("Torvadim University", EntityType.ORGANIZATION, "Torvadim University", null));
        assertThat(named(ps, "Velmar Minbo").aliases()).containsExactly("Velmarminbo");
        assertThat(named(ps, "Tor Vadim University").aliases()).containsExactly("Torvadim University");
    }

    @Test
    void anUnnamedArmyOrPoliceIsNoActorOfItsOwn() {
        List<ActorProfile> ps = observe(entity("Army", EntityType.ORGANIZATION, "Army", null),
                entity("Police", EntityType.ORGANIZATION, null, null), entity("Ruritanian Border Guard", EntityType.ORGANIZATION, null, null));
        assertThat(ps).extracting(ActorProfile::name).containsExactly("Ruritanian Border Guard");
    }

    @Test
    void aPlaceCodedWithItsStateIsNeverTheStatesAliasButItsOtherNamesAndCapitalAre() {
        List<ActorProfile> ps = observe(entity("Ruritania", EntityType.COUNTRY, "Ruritania", null),
                entity("Vardo Strip", EntityType.COUNTRY, "Ruritania", null),
                entity("North Bank", EntityType.COUNTRY, "Ruritania", null),
                entity("Kingdom of Ruritania", EntityType.COUNTRY, "Ruritania", null),
                entity("Strelsau", EntityType.COUNTRY, "Ruritania", null),
                entity("the North", EntityType.COUNTRY, "Ruritania", null));
        assertThat(named(ps, "Ruritania").aliases()).containsExactly("Kingdom of Ruritania", "Strelsau", "the North");
    }

    @Test
    void aGroupOrAPluralPhraseIsNeitherTheAliasNorTheRoleOfAState() {
        List<ActorProfile> ps = observe(entity("Ruritania", EntityType.COUNTRY, "Ruritania", null),
                entity("Ruritanian officials", EntityType.GROUP, "Ruritania", "Ruritanian officials"),
                entity("Ruritanian people", EntityType.COUNTRY, "Ruritania", null),
                entity("Other senior Ruritanian diplomats", EntityType.COUNTRY, "Ruritania", null));
        ActorProfile ruritania = named(ps, "Ruritania");
        assertThat(ruritania.aliases()).isEmpty();
        assertThat(ruritania.roles()).isEmpty();
    }

    @Test
    void aDescriptionInCommonNounsIsNoAliasOfTheBodyItDescribes() {
        List<ActorProfile> ps = observe(entity("Harvest Committee", EntityType.ORGANIZATION, "Harvest Committee", null),
                entity("the committee", EntityType.ORGANIZATION, "Harvest Committee", null),
                entity("The Committee", EntityType.ORGANIZATION, "Harvest Committee", null),
                entity("HC", EntityType.ORGANIZATION, "Harvest Committee", null));
        assertThat(named(ps, "Harvest Committee").aliases()).containsExactly("HC");
    }

    @Test
    void aBodyKeepsItsNameInTheAdjectiveAndThePluralAsAliases() {
        List<ActorProfile> ps = observe(entity("Ruritania Army", EntityType.ORGANIZATION, "Ruritania Army", null),
                entity("Ruritanian army", EntityType.ORGANIZATION, "Ruritania Army", null),
                entity("Ruritanian armed forces", EntityType.ORGANIZATION, "Ruritania Army", null));
        assertThat(named(ps, "Ruritania Army").aliases()).containsExactly("Ruritanian army", "Ruritanian armed forces");
    }

    @Test
    void aCitysPoliceIsNoAliasOfTheNationalPolice() {
        List<ActorProfile> ps = observe(entity("Ruritania Police", EntityType.ORGANIZATION, "Ruritania Police", null),
                entity("Ruritanian police", EntityType.ORGANIZATION, "Ruritania Police", null),
                entity("Mombasa police", EntityType.ORGANIZATION, "Ruritania Police", null));
        assertThat(named(ps, "Ruritania Police").aliases()).containsExactly("Ruritanian police");
    }

    @Test
    void aBareSurnameIsAnAliasOnlyWhenOneKnownFullNameInTheWholeRecordHasIt() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        for (int i = 0; i < 3; i++) {   // the most frequent Orrin gets no better claim to the bare name
            kb.observe(annotated("a" + i, entity("Orrin Tal", EntityType.PERSON, "Orrin Tal", null),
                    entity("Orrin", EntityType.PERSON, "Orrin Tal", null)), "2024-02-01", Set.of());
        }
        kb.observe(annotated("b", entity("Orrin Besk", EntityType.PERSON, "Orrin Besk", null),
                entity("Orrin", EntityType.PERSON, "Orrin Besk", null), entity("Mira Velasko", EntityType.PERSON, "Mira Velasko", null),
                entity("Velasko", EntityType.PERSON, "Mira Velasko", null)), "2024-02-02", Set.of());
        // the same woman written in full elsewhere is no second bearer
        kb.observe(annotated("c", entity("Mira Ana Velasko", EntityType.PERSON, "Mira Ana Velasko", null)), "2024-02-03", Set.of());
        // "Doral" is the middle of Ines Doral Vask's name and the end of hers written short: one woman
        kb.observe(annotated("d", entity("Ines Doral Vask", EntityType.PERSON, "Ines Doral Vask", null),
                entity("Doral", EntityType.PERSON, "Ines Doral Vask", null), entity("Ines Doral", EntityType.PERSON, "Ines Doral", null)),
                "2024-02-04", Set.of());
        List<ActorProfile> ps = kb.profiles(Map.of());
        assertThat(named(ps, "Orrin Tal").aliases()).isEmpty();
        assertThat(named(ps, "Orrin Besk").aliases()).isEmpty();
        // ... and, both of one state, one actor: her name written in full is an alias too
        assertThat(named(ps, "Mira Velasko").aliases()).containsExactly("Velasko", "Mira Ana Velasko");
        assertThat(named(ps, "Ines Doral Vask").aliases()).containsExactly("Doral", "Ines Doral");
    }

    @Test
    void aPersonCodedAsAnotherBearerOfTheSurnameIsHisOwnActorWithoutTheOthersCodes() {
        List<ActorProfile> ps = observe(entity("Tomas Orrin", EntityType.PERSON, "Tomas Orrin", null),
                entity("Ivo Orrin Besk", EntityType.PERSON, "Tomas Orrin", null));
        assertThat(named(ps, "Tomas Orrin").aliases()).doesNotContain("Ivo Orrin Besk");
        assertThat(named(ps, "Ivo Orrin Besk").country()).isNull();
    }

    @Test
    void aNameWrittenLongerShorterOrWithInitialsIsOnePerson() {
        assertThat(AliasRules.isOtherPerson("Mira Ana Velasko", "Mira Velasko")).isFalse();
        assertThat(AliasRules.isOtherPerson("M. A. Velasko", "Mira Ana Velasko")).isFalse();
        assertThat(AliasRules.isOtherPerson("Dmitri Velasko", "Dmitry Velasko")).isFalse();
        assertThat(AliasRules.isOtherPerson("Ri Jong-ho", "Ri Jong Ho")).isFalse();
        assertThat(AliasRules.isOtherPerson("Ri Jong Su", "Ri Jong Ho")).isTrue();
        assertThat(AliasRules.isOtherPerson("Ana Velasko", "Mira Velasko")).isTrue();
    }

    @Test
    void aTitleWithoutANameOrAPlaceTaggedAsAPersonIsNoPersonOfItsOwn() {
        List<ActorProfile> ps = observe(entity("Velmarian ambassador", EntityType.PERSON, "Velmarian ambassador", null),
                entity("Marendo Inlet", EntityType.PERSON, "Marendo Inlet", null), entity("Ana Velis", EntityType.PERSON, "Ana Velis", null));
        assertThat(ps).extracting(ActorProfile::name).containsExactly("Ana Velis");
    }

    @Test
    void aNewspaperTaggedAsAPersonIsABodyAndTheCityItIsNamedAfterNoAliasOfIt() {
        List<ActorProfile> ps = observe(entity("Tarvo Ribao", EntityType.PERSON, "Tarvo Ribao", null),
                entity("Tarvo", EntityType.PERSON, "Tarvo Ribao", null));
        assertThat(named(ps, "Tarvo Ribao").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(ps, "Tarvo Ribao").aliases()).doesNotContain("Tarvo");
    }

    @Test
    void theBodyABodyBelongsToIsNoAliasOfIt() {
        assertThat(AliasRules.isNamesake("Velmar Nations", "Velmar Nations Security Council")).isTrue();
        assertThat(AliasRules.isNamesake("VNSC", "Velmar Nations Security Council")).isFalse();
        assertThat(AliasRules.isNamesake("Velmar Nations", "Velmar Nations")).isFalse();
        assertThat(AliasRules.isNamesake("Tarvo League", "Secretariat of the Tarvo League")).isTrue();
        assertThat(AliasRules.isNamesake("chairman", "Tarvo League")).isTrue();
    }

    @Test
    void aTitleOrEpithetGluedBeforeAPersonsWholeNameIsNoAliasButAnotherSpellingIs() {
        List<ActorProfile> ps = observe(entity("Tomas Arven", EntityType.PERSON, "Tomas Arven", null),
                entity("H.E. Tomas Arven", EntityType.PERSON, "Tomas Arven", null),
                entity("Marshal Tomas Arven", EntityType.PERSON, "Tomas Arven", null),
                entity("Tomas Arven-Holt", EntityType.PERSON, "Tomas Arven", null),
                entity("Tomas Ilja Arven", EntityType.PERSON, "Tomas Arven", null));
        assertThat(named(ps, "Tomas Arven").aliases()).containsExactly("Tomas Ilja Arven");
        assertThat(AliasRules.isTitledName("Marshal Tomas Arven", "Tomas Arven")).isTrue();
        assertThat(AliasRules.isTitledName("Arven", "Tomas Arven")).isFalse();
        assertThat(AliasRules.isTitledName("Dr Arven", "Arven")).as("a one-word name may be any word of a longer one").isFalse();
    }

    @Test
    void aBodysNameWithoutTheStateItNamesIsEveryStatesBodyAndNoAlias() {
        List<ActorProfile> ps = observe(entity("Peruvian Foreign Ministry", EntityType.ORGANIZATION, null, null),
                entity("Foreign Ministry", EntityType.ORGANIZATION, "Peruvian Foreign Ministry", null),
                entity("Ministry of Foreign Affairs of Peru", EntityType.ORGANIZATION, "Peruvian Foreign Ministry", null),
                entity("Peru's Foreign Ministry", EntityType.ORGANIZATION, "Peruvian Foreign Ministry", null));
        assertThat(named(ps, "Peruvian Foreign Ministry").aliases())
                .containsExactly("Ministry of Foreign Affairs of Peru", "Peru's Foreign Ministry");
        assertThat(AliasRules.isOrganWithoutItsState("Congress", "U.S. Congress")).isTrue();
        assertThat(AliasRules.isOrganWithoutItsState("National Assembly", "Vietnamese National Assembly")).isTrue();
        assertThat(AliasRules.isOrganWithoutItsState("Velmar Assembly", "Velmar Assembly of Tarvo")).as("Tarvo is no state")
                .isFalse();
        assertThat(AliasRules.isOrganWithoutItsState("Workers' Party", "Workers' Party of Tarvo")).isFalse();
    }

    @Test
    void aPersonNamedWithOrWithoutAMiddleNameOrSecondSurnameIsOneActorWhenOneStateAndOneNameFit() {
        List<ActorProfile> ps = observe(entity("Mira Velasko", EntityType.PERSON, null, null),
                entity("Mira Ana Velasko", EntityType.PERSON, null, null),
                entity("Tomas Arven Holt", EntityType.PERSON, null, null),
                entity("Tomas Arven", EntityType.PERSON, null, null));
        assertThat(ps).extracting(ActorProfile::name).containsExactlyInAnyOrder("Mira Velasko", "Tomas Arven Holt");
        assertThat(named(ps, "Mira Velasko").aliases()).containsExactly("Mira Ana Velasko");
        assertThat(named(ps, "Tomas Arven Holt").aliases()).containsExactly("Tomas Arven");
    }

    @Test
    void aShorterNameTwoKnownPeopleFitOrOneOfAnotherStateStaysItsOwnActor() {
        List<ActorProfile> ps = observe(entity("Lena Ostrova Karr", EntityType.PERSON, null, null),
                entity("Lena Ostrova Dunn", EntityType.PERSON, null, null),
                entity("Lena Ostrova", EntityType.PERSON, null, null),
                new Entity("Mira Velasko", EntityType.PERSON, 0, 12, null, "RUR", null, null, 0),
                new Entity("Mira Ana Velasko", EntityType.PERSON, 0, 16, null, "VEL", null, null, 0),
                new Entity("Mira Ilse Velasko", EntityType.PERSON, 0, 17, null, null, null, null, 0));
        assertThat(ps).hasSize(6);
        assertThat(AliasRules.isShorterForm("Ri Yong", "Ri Kyong Yong")).as("a middle word inserted").isTrue();
        assertThat(AliasRules.isShorterForm("Ana Velis", "Mira Ana Velis")).as("another first name").isFalse();
        assertThat(AliasRules.isShorterForm("Velis", "Ana Velis")).as("a surname alone").isFalse();
    }

    @Test
    void anOrganNamedOnlyByItsKindWithNoStateIsNoActorButAStatesIsAndSoIsANamedOne() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(annotated("a", new Entity("National Assembly", EntityType.ORGANIZATION, 0, 17, null, null, "LEG", null, 0),
                new Entity("Central Committee", EntityType.ORGANIZATION, 0, 17, null, null, null, null, 0),
                new Entity("Ministry of Foreign Affairs", EntityType.ORGANIZATION, 0, 27, null, null, null, null, 0),
                new Entity("Navy", EntityType.ORGANIZATION, 0, 4, null, "RUR", "MIL", null, 0),
                new Entity("Supreme People's Assembly", EntityType.ORGANIZATION, 0, 25, null, null, null, null, 0),
                new Entity("Grand National Party", EntityType.ORGANIZATION, 0, 20, null, null, null, null, 0)), "2024-02-01", Set.of());
        assertThat(kb.profiles(Map.of())).extracting(ActorProfile::name)
                .containsExactlyInAnyOrder("Navy", "Supreme People's Assembly", "Grand National Party");
        assertThat(AliasRules.isOrganKind("Standing Committee of the National Assembly")).isTrue();
        assertThat(AliasRules.isOrganKind("Central Committee of the Velmar Party")).isFalse();
        assertThat(AliasRules.isOrganKind("National Liberation Front")).isFalse();
    }

    @Test
    void aBodyWithoutAStateTakesTheOneStateItsReportsNameAfterItsName() {
        String one = "The Tarvo Labour Front of south Korea met. Later the Tarvo Labour Front spoke.";
        String two = "The Red Union of Italy and the Red Union of the Philippines met. The Green Front in Peru did not.";
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(new Annotated(article("a", "2024-02-01", "h", one), List.of(body(one, "Tarvo Labour Front", 0),
                body(one, "Tarvo Labour Front", 1)), List.of(), List.of(), List.of()), "2024-02-01", Set.of());
        kb.observe(new Annotated(article("b", "2024-02-02", "h", two), List.of(body(two, "Red Union", 0), body(two, "Red Union", 1),
                body(two, "Green Front", 0)), List.of(), List.of(), List.of()), "2024-02-02", Set.of());
        List<ActorProfile> ps = kb.profiles(Map.of());
        assertThat(named(ps, "Tarvo Labour Front").country()).isEqualTo("KOR");
        assertThat(named(ps, "Red Union").country()).as("two states named: not one body's").isNull();
        assertThat(named(ps, "Green Front").country()).as("where it is is not whose it is").isNull();
    }

    /** The n-th mention of a body's name in a text, tagged as the language layer would, without a state. */
    private static Entity body(String text, String name, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
        return new Entity(name, EntityType.ORGANIZATION, at, at + name.length(), null, null, null, null, 0);
    }

    @Test
    void aNameBrokenAcrossLinesIsTheNameOnOneLine() {
        List<ActorProfile> ps = observe(entity("Medical College of\n        Arven University", EntityType.ORGANIZATION, null, null),
                entity("Medical College of Arven University", EntityType.ORGANIZATION, null, null));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Medical College of Arven University");
            assertThat(p.aliases()).isEmpty();
        });
    }

    @Test
    void aFullNameSpeltOtherwiseWordByWordIsOnePersonOfOneState() {
        ActorKnowledgeBase kb = new ActorKnowledgeBase(ActorOverrides.none());
        kb.observe(annotated("a", new Entity("Dmitri Velkov", EntityType.PERSON, 0, 13, null, "RUR", "GOV", null, 0)),
                "2024-02-01", Set.of());
        kb.observe(annotated("b", new Entity("Dmitry Velkov", EntityType.PERSON, 0, 13, null, "RUR", "GOV", null, 0),
                new Entity("Dmitry Orlov", EntityType.PERSON, 0, 12, null, "VEL", "GOV", null, 0)), "2024-02-02", Set.of());
        kb.observe(annotated("c", new Entity("Dmitri Orlov", EntityType.PERSON, 0, 12, null, "RUR", "GOV", null, 0)),
                "2024-02-03", Set.of());
        List<ActorProfile> ps = kb.profiles(Map.of());
        assertThat(named(ps, "Dmitri Velkov").aliases()).containsExactly("Dmitry Velkov");
        assertThat(ps).extracting(ActorProfile::name).as("another state: another man").contains("Dmitry Orlov", "Dmitri Orlov");
        assertThat(AliasRules.isOtherSpelling("Kim Jong Il", "Kim Jong Un")).as("another last word").isFalse();
        assertThat(AliasRules.isOtherSpelling("Kim Song Il", "Kim Son Il")).as("a stem too short to tell").isFalse();
        assertThat(AliasRules.isShorterForm("Dmitry Velkov", "Dmitri Ivanovich Velkov")).as("a first name spelt otherwise").isTrue();
        assertThat(AliasRules.isShorterForm("D. Velkov", "Dmitri Ivanovich Velkov")).as("an initial is not enough").isFalse();
    }

    private static Annotated annotated(String id, Entity... es) {
        return new Annotated(article(id, "2024-02-01", "h", "body"), List.of(es), List.of(), List.of(), List.of());
    }
}
