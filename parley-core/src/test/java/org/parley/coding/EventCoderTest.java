package org.parley.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Event;

/** The coder's handling of the linguistic phenomena that decide whether an event is right. */
class EventCoderTest {
  private static Optional<Event> first(List<Event> events, String root) {
    return events.stream().filter(event -> event.cameo().code().startsWith(root)).findFirst();
  }

  private static String dyad(Event event) {
    return event.source().code().code() + "->" + event.targetActor().map(actor -> actor.code().code()).orElse("-");
  }

  @Test
  void codesAccusationAsClaimNotAsAttack() {
    List<Event> events = TestingPipeline.code("Russia accused Ukraine of attacking its energy facilities with drones.");

    Event accusation = first(events, "112").orElseThrow();
    assertThat(dyad(accusation)).isEqualTo("RUS->UKR");
    assertThat(accusation.mode().asserted()).isTrue();
    Event attack = first(events, "19").orElseThrow();
    assertThat(attack.source().code().country()).isEqualTo("UKR");
    assertThat(attack.mode().claimant()).map(Actor::text).contains("Russia");
    assertThat(attack.mode().asserted()).isFalse();
  }

  @Test
  void reportedSpeechMakesTheEventAClaimOfTheSpeaker() {
    List<Event> events = TestingPipeline.code("The Kremlin said Ukrainian troops attacked a Russian village.");

    Event attack = first(events, "19").orElseThrow();
    assertThat(dyad(attack)).isEqualTo("UKRMIL->RUS");
    assertThat(attack.mode().claimant().map(actor -> actor.code().code())).contains("RUSGOV");
  }

  @Test
  void negationMarksTheEventNegated() {
    Event attack = first(TestingPipeline.code("Russian forces did not attack Kharkiv on Tuesday."), "19").orElseThrow();

    assertThat(attack.mode().negated()).isTrue();
    assertThat(attack.mode().hypothetical()).isFalse();
  }

  @Test
  void expectationsAndModalsAreHypothetical() {
    Event expected = first(TestingPipeline.code("The Chinese foreign minister is expected to visit Moscow."), "042").orElseThrow();
    Event modal = first(TestingPipeline.code("Turkey will host talks between Russia and Ukraine."), "04").orElseThrow();

    assertThat(expected.mode().hypothetical()).isTrue();
    assertThat(dyad(expected)).isEqualTo("CHNGOV->RUSGOV");
    assertThat(modal.mode().hypothetical()).isTrue();
  }

  @Test
  void passiveVoiceKeepsTheDoerAsSource() {
    Event active = first(TestingPipeline.code("Russian drones attacked Odesa."), "19").orElseThrow();
    Event passive = first(TestingPipeline.code("Odesa was attacked by Russian drones."), "19").orElseThrow();

    assertThat(dyad(passive)).isEqualTo(dyad(active)).isEqualTo("RUSMIL->UKR");
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDate() {
    Event visit = first(TestingPipeline.code("Putin's envoy arrived in Washington on Wednesday.", LocalDate.of(2025, 4, 3)), "042").orElseThrow();
    Event lastMonth = first(TestingPipeline.code("Russian drones attacked Odesa last month.", LocalDate.of(2025, 4, 3)), "19").orElseThrow();

    assertThat(visit.date()).isEqualTo("2025-04-02");
    assertThat(lastMonth.date()).isEqualTo("2025-03");
    Event hoursEarlier = first(TestingPipeline.code("Hours earlier, a Russian missile hit a hospital in Kyiv.", LocalDate.of(2024, 7, 8)), "19")
        .orElseThrow();
    assertThat(hoursEarlier.date()).as("hours before the news are its day").isEqualTo("2024-07-08");
  }

  @Test
  void aDateThatNamesAnotherThingDoesNotDateTheAct() {
    LocalDate published = LocalDate.of(2025, 9, 10);
    Event strike = first(TestingPipeline.code("The Israeli army targeted the leaders of the group behind the October 7 attack.", published), "19")
        .orElseThrow();
    Event condemnation = first(TestingPipeline.code("Qatar condemned the March 3 bombing of its embassy by Israel.", published), "11")
        .orElseThrow();
    Event killing = first(TestingPipeline.code("Monday's Israeli attack on Gaza killed 12 Palestinians.", published), "1").orElseThrow();

    assertThat(strike.date()).as("the attack's date is not the strike's").isEqualTo("2025-09-10");
    assertThat(condemnation.date()).isEqualTo("2025-09-10");
    assertThat(killing.date()).as("the subject's date is the act's").isEqualTo("2025-09-08");
  }

  @Test
  void aBareWeekdayLiesOnTheSideOfPublicationTheTenseSays() {
    LocalDate monday = LocalDate.of(2024, 12, 2);
    Event rally = first(TestingPipeline.code("Thousands of protesters rallied outside parliament in Tbilisi for a third night on Sunday.", monday), "14")
        .orElseThrow();
    Event meeting = first(TestingPipeline.code("Erdogan will meet Putin in Sochi on Friday.", monday), "04").orElseThrow();

    assertThat(rally.date()).as("a past rally is the Sunday before a Monday paper").isEqualTo("2024-12-01");
    assertThat(meeting.date()).as("a future meeting is the coming Friday").isEqualTo("2024-12-06");
  }

  @Test
  void aTrailingParticipleHappensOnTheDayOfItsClause() {
    LocalDate sunday = LocalDate.of(2025, 11, 16);
    List<Event> events = TestingPipeline.code("The U.S. military struck a vessel in the eastern Pacific on Saturday, killing three people.", sunday);

    assertThat(events).filteredOn(event -> event.cameo().root().equals("18") || event.cameo().root().equals("19"))
        .extracting(Event::date).isNotEmpty().containsOnly("2025-11-15");
    // The participle takes its clause's tense too: the Sunday before a Monday paper, not the one after.
    List<Event> rally = TestingPipeline.code("Thousands of protesters rallied in Tbilisi on Sunday, demanding new elections.",
        LocalDate.of(2024, 12, 2));
    assertThat(rally).extracting(Event::date).isNotEmpty().containsOnly("2024-12-01");
  }

  @Test
  void aStatementAboutWhatHappenedInATownIsNotAimedAtIt() {
    Event denial = first(TestingPipeline.code("Hamas denied involvement in the shooting in Rafah."), "016").orElseThrow();

    assertThat(denial.targetActor()).isEmpty();
  }

  @Test
  void militaryActionInACountryThreatensTheCountryNotItsArmy() {
    Event threat = first(TestingPipeline.code("Trump has threatened military action in Nigeria."), "13").orElseThrow();

    assertThat(dyad(threat)).isEqualTo("USAGOV->NGA");
  }

  @Test
  void locationsCarryCountryAndCoordinates() {
    Event visit = first(TestingPipeline.code("Putin's envoy arrived in Washington on Wednesday."), "042").orElseThrow();

    assertThat(visit.place()).isPresent();
    assertThat(visit.location().country()).isEqualTo("USA");
    assertThat(visit.location().latitude()).isBetween(38.0, 39.5);
    assertThat(visit.location().longitude()).isBetween(-78.0, -76.5);
  }

  @Test
  void possessiveSpeakerResolvesToTheHeadNounNotThePossessor() {
    Event visit = first(TestingPipeline.code("Putin's envoy arrived in Washington."), "042").orElseThrow();

    assertThat(visit.source().text()).isEqualTo("Putin's envoy");
    assertThat(visit.source().code().code()).isEqualTo("RUSGOV");
  }

  @Test
  void officeHoldersAreCodedByTenureOnTheArticleDate() {
    String sentence = "Donald Trump accused China of unfair trade.";
    Event inOffice = first(TestingPipeline.code(sentence, LocalDate.of(2025, 6, 1)), "112").orElseThrow();
    Event outOfOffice = first(TestingPipeline.code(sentence, LocalDate.of(2023, 6, 1)), "112").orElseThrow();

    assertThat(inOffice.source().code().code()).isEqualTo("USAGOV");
    assertThat(outOfOffice.source().code().code()).isEqualTo("USAELI");
    assertThat(outOfOffice.targetActor().map(actor -> actor.code().code())).contains("CHN");
  }

  @Test
  void leadersBeyondTheG20AreCodedByTenureToo() {
    String african = "Bola Tinubu accused Niger of harbouring armed groups.";
    Event tinubuInOffice = first(TestingPipeline.code(african, LocalDate.of(2024, 2, 10)), "112").orElseThrow();
    Event tinubuBefore = first(TestingPipeline.code(african, LocalDate.of(2022, 2, 10)), "112").orElseThrow();
    String european = "Wim Kok accused Belgium of unfair trade.";
    Event kokInOffice = first(TestingPipeline.code(european, LocalDate.of(1997, 3, 5)), "112").orElseThrow();
    Event kokAfter = first(TestingPipeline.code(european, LocalDate.of(2005, 3, 5)), "112").orElseThrow();

    assertThat(tinubuInOffice.source().code().code()).isEqualTo("NGAGOV");
    assertThat(tinubuBefore.source().code().code()).isEqualTo("NGAELI");
    assertThat(kokInOffice.source().code().code()).isEqualTo("NLDGOV");
    assertThat(kokAfter.source().code().code()).isEqualTo("NLDELI");
  }

  @Test
  void coordinatedSubjectsOfSymmetricEventsGiveBothDyads() {
    List<Event> events = TestingPipeline.code("Moscow and Washington agreed on a halt to strikes on energy facilities.");

    assertThat(events.stream().filter(event -> event.cameo().root().equals("03")).map(EventCoderTest::dyad))
        .containsExactlyInAnyOrder("RUSGOV->USAGOV", "USAGOV->RUSGOV");
  }

  @Test
  void pronounSubjectsResolveThroughCoreference() {
    Article article = new Article("coref", "", "", "", LocalDate.of(2025, 4, 3),
        "Kirill Dmitriev arrived in Washington on Wednesday. He accused Ukraine of sabotaging the talks.");
    List<Event> events = TestingPipeline.get().code(article).events();

    Event accusation = first(events, "112").orElseThrow();
    assertThat(accusation.source().code().code()).isEqualTo("RUSGOV");
    assertThat(accusation.source().text()).isEqualTo("Kirill Dmitriev");
  }

  @Test
  void headlineEventRepeatedInTheBodyIsCodedOnce() {
    Article article = new Article("headline", "Russia accuses Ukraine of attacks", "", "", LocalDate.of(2025, 4, 3),
        "Russia accused Ukraine of attacks on its energy facilities on Thursday.");
    List<Event> accusations = TestingPipeline.get().code(article).events().stream().filter(event -> event.cameo().code().equals("112")).toList();

    assertThat(accusations).hasSize(1);
    assertThat(accusations.get(0).sentenceIndex()).isEqualTo(1);
  }

  @Test
  void eventIdsAreStable() {
    String sentence = "Russian drones attacked Odesa.";
    assertThat(TestingPipeline.code(sentence).get(0).id()).isEqualTo(TestingPipeline.code(sentence).get(0).id());
  }

  @Test
  void aNationalityWordOnTheTitleGivesAnUnknownOfficialHisCountry() {
    Event meeting = first(TestingPipeline.code("Kenyan Interior Minister Joseph Otieno met Ugandan officials in Kampala."), "04").orElseThrow();
    Event criticism = first(TestingPipeline.code("British Defence Secretary Tom King criticised the Iraqi government."), "11").orElseThrow();

    assertThat(dyad(meeting)).isEqualTo("KENGOV->UGAGOV");
    assertThat(dyad(criticism)).isEqualTo("GBRGOV->IRQGOV");
  }

  @Test
  void formerOfficeHoldersAreElites() {
    Event criticism = first(TestingPipeline.code("Ex-president Jacob Zuma criticised the South African government.", LocalDate.of(2024, 5, 4)), "11")
        .orElseThrow();
    Event demand = first(TestingPipeline.code("Former Greek prime minister Nikos Vlachos demanded early elections."), "10").orElseThrow();

    assertThat(dyad(criticism)).isEqualTo("ZAFELI->ZAFGOV");
    assertThat(demand.source().code().code()).isEqualTo("GRCELI");
  }

  @Test
  void agentsTakeTheCountryTheyAreInOrFromWhenNothingCloserSaysIt() {
    Event demand = first(TestingPipeline.code("Opposition groups in Zimbabwe demanded new elections."), "10").orElseThrow();
    Event meeting = first(TestingPipeline.code("Officials from Ghana met the Togolese foreign minister on Monday."), "04").orElseThrow();
    Event shelling = first(TestingPipeline.code("Russian troops in Ukraine shelled Kharkiv."), "19").orElseThrow();

    assertThat(demand.source().code().code()).isEqualTo("ZWEOPP");
    assertThat(dyad(meeting)).isEqualTo("GHAGOV->TGOGOV");
    assertThat(shelling.source().code().code()).isEqualTo("RUSMIL");
  }

  @Test
  void theUsIsACountryNotThePronounUs() {
    Event demand = first(TestingPipeline.code("China demanded that the US cancel the arms sales to Taiwan."), "10").orElseThrow();

    assertThat(dyad(demand)).isEqualTo("CHN->USA");
  }

  @Test
  void thePressCitingThePressSourcesTheNewsButPartyMediaStillClaim() {
    Event expulsion = first(TestingPipeline.code("Kenya expelled two Somali diplomats, the Daily Nation newspaper reported."), "16").orElseThrow();
    Event attack = first(TestingPipeline.code("Russian state media said Ukrainian drones attacked a refinery in Ryazan."), "19").orElseThrow();

    assertThat(expulsion.mode().asserted()).isTrue();
    assertThat(attack.mode().claimant().map(actor -> actor.code().code())).contains("RUSMED");
  }

  @Test
  void anOrganisationReportingItsOwnMeasureAssertsIt() {
    Event aid = first(TestingPipeline.code("The United Nations sent food aid to Gaza on Monday, a U.N. spokesman said."), "07").orElseThrow();

    assertThat(aid.mode().asserted()).isTrue();
    assertThat(aid.source().code().code()).isEqualTo("UNO");
  }

  @Test
  void announcingAHarmfulActIsAnAssertedThreatAndTheActStaysHypothetical() {
    List<Event> boycott = TestingPipeline.code("Palestinian leaders said they would boycott all official contact with Israel.");
    List<Event> retaliation = TestingPipeline.code("Iran vowed to retaliate against Israel for the strike.");

    Event threat = first(boycott, "13").orElseThrow();
    assertThat(threat.cameo().code()).isEqualTo("133");
    assertThat(threat.mode().asserted()).isTrue();
    assertThat(first(boycott, "14").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(first(retaliation, "13").map(event -> event.cameo().code() + " " + dyad(event))).contains("1384 IRN->ISR");
    assertThat(first(retaliation, "03")).as("a vow to retaliate is no intent to cooperate").isEmpty();
  }

  @Test
  void whatAnActorMayDoOrWillNotDoIsNoThreat() {
    assertThat(first(TestingPipeline.code("Russia may attack Ukraine next year, analysts said."), "13")).isEmpty();
    assertThat(first(TestingPipeline.code("Serbia will not expel the Croatian ambassador."), "13")).isEmpty();
  }

  @Test
  void onePartyAnnouncingAJointActAssertsIt() {
    List<Event> events = TestingPipeline.code("Ghana and Togo agreed on a new border pact, the Ghanaian government said on Tuesday.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("03")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("GHA->TGO", "TGO->GHA");
    assertThat(events).filteredOn(event -> event.cameo().root().equals("03")).allMatch(event -> event.mode().asserted());
  }

  @Test
  void anActAskedForByAnUltimatumOrAnnouncedAsReadinessIsHypothetical() {
    List<Event> ultimatum = TestingPipeline.code("Peru issued an ultimatum to Ecuador to halt attacks across the border.");
    List<Event> readiness = TestingPipeline.code("The Iraqi government said it is prepared to impose martial law.");

    assertThat(first(ultimatum, "139")).isPresent();
    assertThat(first(ultimatum, "087").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(readiness).filteredOn(event -> event.cameo().root().equals("17")).extracting(event -> event.cameo().code())
        .as("one act, coded at its finest code").containsExactly("1724");
    assertThat(first(readiness, "17").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(first(readiness, "13").map(event -> event.cameo().code())).contains("1324");
  }

  @Test
  void anIntentIsAimedAtThePartyOfThePromisedAct() {
    Event promise = first(TestingPipeline.code("Britain has promised to continue military aid to Mozambique."), "03").orElseThrow();
    Event offer = first(TestingPipeline.code("Libya has offered to hand over to Britain two of its nationals."), "03").orElseThrow();

    assertThat(dyad(promise)).isEqualTo("GBR->MOZ");
    assertThat(dyad(offer)).isEqualTo("LBY->GBR");
  }

  @Test
  void whatAProtestIsForIsPartOfTheProtestNotAnotherEvent() {
    List<Event> events = TestingPipeline.code("Hundreds of Turkish migrants began a hunger strike on Monday to protest against Sweden's decision.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("14")).hasSize(1);
    assertThat(dyad(first(events, "14").orElseThrow())).isEqualTo("TURREF->SWE");
  }

  @Test
  void aMeetingToDiscussSomethingIsOneConsultationByTitledOfficials() {
    List<Event> events = TestingPipeline.code(
        "U.S. Secretary of State Warren Christopher telephoned Russian Foreign Minister Andrei Kozyrev on Tuesday to discuss the peace talks.",
        LocalDate.of(1994, 5, 4));

    assertThat(events).filteredOn(event -> event.cameo().root().equals("04")).extracting(EventCoderTest::dyad)
        .containsExactly("USAGOV->RUSGOV");
  }

  @Test
  void aThreatIsTheDoersOwnAnnouncementNotAnotherPartysPrediction() {
    List<Event> prediction = TestingPipeline.code("Russia would attack Kharkiv within weeks, Western analysts said.");
    List<Event> announcement = TestingPipeline.code("Iran will retaliate against Israel, the Iranian foreign minister said on Sunday.");

    assertThat(first(prediction, "13")).isEmpty();
    Event threat = first(announcement, "13").orElseThrow();
    assertThat(dyad(threat)).isEqualTo("IRN->ISR");
    assertThat(threat.mode().asserted()).isTrue();
  }

  @Test
  void aGenericAgentServesTheGroupItBelongsTo() {
    Event demand = first(TestingPipeline.code("Leaders of the Serbian opposition demanded new elections."), "10").orElseThrow();
    Event meeting = first(TestingPipeline.code("Officials of the Russian government met Chinese diplomats."), "04").orElseThrow();

    assertThat(demand.source().code().code()).isEqualTo("SRBOPP");
    assertThat(dyad(meeting)).isEqualTo("RUSGOV->CHNGOV");
  }

  @Test
  void aRejectedProposalIsAimedAtItsAuthor() {
    Event byPhrase = first(TestingPipeline.code("Ghana rejected calls by Togo's government for a joint border patrol."), "12").orElseThrow();
    Event fromPhrase = first(TestingPipeline.code("Chile rejected an offer from Bolivia for new negotiations."), "12").orElseThrow();
    Event place = first(TestingPipeline.code("Kenya rejected a withdrawal from Somalia."), "12").orElseThrow();

    assertThat(dyad(byPhrase)).isEqualTo("GHA->TGOGOV");
    assertThat(fromPhrase.cameo().code()).isEqualTo("125");
    assertThat(dyad(fromPhrase)).isEqualTo("CHL->BOL");
    // From a place is where one withdraws, not who proposed it: the place is found only as the last resort, the party
    // named inside the act's phrase.
    assertThat(dyad(place)).isEqualTo("KEN->SOM");
    assertThat(place.target().text()).isEqualTo("Somalia");
    assertThat(byPhrase.mode().asserted()).isTrue();
  }

  @Test
  void aThreatOrRefusalIsAimedAtThePartyOfItsActOrOfItsCondition() {
    Event cut = first(TestingPipeline.code("Egypt threatened to cut off gas supplies to Jordan."), "13").orElseThrow();
    Event condition = first(TestingPipeline.code("Turkey threatened to suspend talks if Greece goes ahead with the drilling."), "13").orElseThrow();
    Event refusal = first(TestingPipeline.code("Britain has refused to hand over the suspects to Libya."), "12").orElseThrow();

    assertThat(dyad(cut)).isEqualTo("EGY->JOR");
    assertThat(dyad(condition)).isEqualTo("TUR->GRC");
    assertThat(condition.mode().asserted()).isTrue();
    assertThat(dyad(refusal)).isEqualTo("GBR->LBY");
  }

  @Test
  void anAnnouncedActUnlessTheOtherSideGivesInIsAnUltimatumNotAnIntent() {
    List<Event> events = TestingPipeline.code("Kenya announced that it will pull its troops out of Somalia unless the Somali government pays the soldiers.");
    List<Event> offer = TestingPipeline.code("Iraq will return to the talks if the United States lifts the sanctions.");

    Event threat = first(events, "13").orElseThrow();
    assertThat(threat.cameo().code()).isEqualTo("130");
    assertThat(dyad(threat)).isEqualTo("KEN->SOMGOV");
    assertThat(threat.mode().asserted()).isTrue();
    assertThat(first(events, "03")).as("no intent to cooperate").isEmpty();
    assertThat(first(events, "08").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(first(offer, "13")).as("a condition with if is an offer as often as a threat").isEmpty();
  }

  @Test
  void anUnnamedSourceOfNoCountrySourcesTheReportButAnAllegationStaysAClaim() {
    Event sourced = first(TestingPipeline.code("Kurdish rebels wounded three Turkish soldiers in a bomb attack on Monday, police said."), "18").orElseThrow();
    Event expulsion = first(TestingPipeline.code("Serbia expelled two Croatian diplomats on Tuesday, officials said."), "16").orElseThrow();
    Event alleged = first(TestingPipeline.code("Police alleged that Kurdish rebels attacked a Turkish army convoy."), "19").orElseThrow();
    Event party = first(TestingPipeline.code("Ukrainian drones struck an oil depot in Russia, the Russian defence ministry said."), "19").orElseThrow();

    assertThat(sourced.mode().asserted()).isTrue();
    assertThat(dyad(sourced)).endsWith("->TURMIL");
    assertThat(expulsion.mode().asserted()).isTrue();
    assertThat(dyad(expulsion)).isEqualTo("SRB->HRVGOV");
    assertThat(alleged.mode().claimant().map(actor -> actor.code().code())).contains("---COP");
    assertThat(party.mode().claimant().map(actor -> actor.code().code())).contains("RUSMIL");
  }

  @Test
  void aThingStandsForItsOwnerAsTheOwnerIsCoded() {
    Event protest = first(TestingPipeline.code("Hundreds of people in Nairobi protested against the Kenyan government's tax plan."), "14").orElseThrow();
    Event nationality = first(TestingPipeline.code("Hundreds of people in Nairobi protested against the Kenyan tax plan."), "14").orElseThrow();

    assertThat(dyad(protest)).isEqualTo("KENCVL->KENGOV");
    assertThat(dyad(nationality)).isEqualTo("KENCVL->KEN");
  }

  @Test
  void aProtestIsAimedAtWhoeverOwnsWhatItProtests() {
    Event strike = first(TestingPipeline.code("Opposition parties in Nepal organized a general strike in protest of the government's arrest of activists."), "14")
        .orElseThrow();
    Event hungerStrike = first(TestingPipeline.code("A Filipino activist staged a hunger strike in protest against abuses by Philippine police."), "14")
        .orElseThrow();
    Event march = first(TestingPipeline.code("Pakistani lawyers marched in Lahore in protest at India's decision to build the dam."), "14").orElseThrow();

    assertThat(dyad(strike)).isEqualTo("NPLOPP->NPLGOV");
    assertThat(dyad(hungerStrike)).endsWith("->PHLCOP");
    assertThat(dyad(march)).isEqualTo("PAK->IND");
    assertThat(march.mode().asserted()).isTrue();
  }

  @Test
  void onePromiseIsOneEventAndAnIntentInsideAConditionIsNoAnnouncement() {
    List<Event> resignation = TestingPipeline.code("The Serbian prime minister agreed to resign on Friday.");
    List<Event> aid = TestingPipeline.code("Japan agreed to provide emergency aid to the Philippines.");
    List<Event> condition = TestingPipeline.code("The opposition will boycott the vote unless the president agrees to step down.");

    assertThat(resignation).filteredOn(event -> event.cameo().root().equals("03") && event.mode().asserted())
        .extracting(event -> event.cameo().code() + " " + dyad(event)).containsExactly("030 SRBGOV->-");
    assertThat(aid).filteredOn(event -> event.cameo().root().equals("03") && event.mode().asserted())
        .extracting(event -> event.cameo().code() + " " + dyad(event)).containsExactly("030 JPN->PHL");
    assertThat(first(aid, "07").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(condition).filteredOn(event -> event.cameo().root().equals("03")).allMatch(event -> !event.mode().asserted());
    assertThat(first(condition, "13").orElseThrow().mode().asserted()).isTrue();
  }

  @Test
  void violenceWithoutANamedDoerIsDoneByUnidentifiedArmedForces() {
    Event bomb = first(TestingPipeline.code("Three Kenyan soldiers were killed by a roadside bomb near the Somali border."), "18").orElseThrow();
    Event blast = first(TestingPipeline.code("A car bomb explosion killed two Lebanese journalists in Beirut."), "18").orElseThrow();
    List<Event> unnamedGroup = TestingPipeline.code("The group killed three Kenyan soldiers.");
    List<Event> background = TestingPipeline.code("Kenyan police patrolled the province where 28 people were killed in riots last year.");

    assertThat(dyad(bomb)).isEqualTo("---UAF->KENMIL");
    assertThat(bomb.mode().asserted()).isTrue();
    assertThat(dyad(blast)).isEqualTo("LBNUAF->LBNMED");
    assertThat(first(unnamedGroup, "18")).as("a doer the coder cannot name is not an unknown one").isEmpty();
    assertThat(first(background, "18")).as("a relative clause describes the background").isEmpty();
  }

  @Test
  void aCurrentTitleInTheTextOutweighsTheTenureTable() {
    LocalDate date = LocalDate.of(2024, 5, 4);
    Event titled = first(TestingPipeline.code("Prime Minister Boris Johnson criticized Russia.", date), "11").orElseThrow();
    Event former = first(TestingPipeline.code("Former Prime Minister Boris Johnson criticized Russia.", date), "11").orElseThrow();
    Event bare = first(TestingPipeline.code("Boris Johnson criticized Russia.", date), "11").orElseThrow();

    assertThat(dyad(titled)).isEqualTo("GBRGOV->RUS");
    assertThat(dyad(former)).isEqualTo("GBRELI->RUS");
    assertThat(dyad(bare)).isEqualTo("GBRELI->RUS");
  }

  @Test
  void longServingLeadersOfEarlierDecadesAreInTheTenureTable() {
    Event criticism = first(TestingPipeline.code("Zimbabwe's opposition criticized Mugabe on Tuesday.", LocalDate.of(1995, 5, 4)), "11").orElseThrow();
    Event later = first(TestingPipeline.code("Zimbabwe's opposition criticized Mugabe on Tuesday.", LocalDate.of(2019, 5, 4)), "11").orElseThrow();

    assertThat(dyad(criticism)).isEqualTo("ZWEOPP->ZWEGOV");
    assertThat(dyad(later)).isEqualTo("ZWEOPP->ZWEELI");
  }

  @Test
  void aNamedPersonWeCannotPlaceStillClaims() {
    Event strike = first(TestingPipeline.code("Russian drones struck a hospital in Sumy, Mayor Artem Kobzar said."), "19").orElseThrow();

    assertThat(strike.mode().claimant()).isPresent();
    assertThat(strike.mode().asserted()).isFalse();
  }
  @Test
  void aReportByNeitherSideSourcesTheEventWhileASidesReportStaysItsClaim() {
    Event byAidWorkers = first(TestingPipeline.code("Chadian rebels shelled the town of Abeche on Sunday, killing 12 people, aid workers in Nairobi said."), "19").orElseThrow();
    Event byThirdState = first(TestingPipeline.code("Ethiopian troops captured an Eritrean army base after three days of fighting, Sudanese police said."), "19").orElseThrow();
    Event victimUnsaid = first(TestingPipeline.code("Russia launched 74 drones and 12 missiles overnight, the Ukrainian air force said."), "19").orElseThrow();
    Event byVictim = first(TestingPipeline.code("Ukraine said Russian drones attacked a power station in Kharkiv."), "19").orElseThrow();
    Event alleged = first(TestingPipeline.code("Human Rights Watch alleged that Ethiopian troops attacked a village in Tigray."), "19").orElseThrow();
    Event unknownDoer = first(TestingPipeline.code("Four Somali civilians were killed in a bombing in Mogadishu, Somali police said."), "18").orElseThrow();

    assertThat(byAidWorkers.mode().asserted()).isTrue();
    assertThat(byThirdState.mode().asserted()).as("Sudan is neither side of a fight in Ethiopia").isTrue();
    assertThat(victimUnsaid.mode().claimant().map(actor -> actor.code().code())).as("who was hit is left open").contains("UKRMIL");
    assertThat(byVictim.mode().claimant().map(actor -> actor.code().code())).contains("UKR");
    assertThat(alleged.mode().claimant().map(actor -> actor.code().code())).as("'alleged' disputes").contains("HRW");
    assertThat(unknownDoer.mode().asserted()).as("a report that blames no one").isTrue();
  }

  @Test
  void anAllegationIsAimedAtTheDoerOfTheActItReports() {
    Event allegation = first(TestingPipeline.code("Amnesty International alleged that Ethiopian troops attacked a village in Tigray."), "11").orElseThrow();

    assertThat(dyad(allegation)).isEqualTo("AMNESTY->ETHMIL");
  }

  @Test
  void announcingThatOneWillNotDoACooperativeActRefusesIt() {
    List<Event> refusal = TestingPipeline.code("The Dutch government said it will not lift its sanctions on Belarus.");
    List<Event> past = TestingPipeline.code("The Dutch government said it did not lift its sanctions on Belarus.");

    Event rejection = first(refusal, "12").orElseThrow();
    assertThat(rejection.cameo().code()).isEqualTo("124");
    assertThat(dyad(rejection)).isEqualTo("NLDGOV->BLR");
    assertThat(rejection.mode().asserted()).isTrue();
    assertThat(first(past, "12")).as("a past act not done is negated, not refused").isEmpty();
  }

  @Test
  void whatOneMustBeReadyToDoIsADemandNotAnIntentAndASwornAttackIsAThreat() {
    List<Event> demand = TestingPipeline.code("Egypt said the United States must be ready to mediate between Israel and Hamas.");
    List<Event> sworn = TestingPipeline.code("Kurdish fighters have sworn to attack Turkish positions in northern Iraq.");

    assertThat(demand).filteredOn(event -> event.cameo().root().equals("03") && event.mode().asserted()).isEmpty();
    assertThat(first(sworn, "19").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(first(sworn, "13").orElseThrow().mode().asserted()).isTrue();
  }

  @Test
  void aNameOfThreeWordsResolvesWhateverWordTheParserHangsItsFirstOn() {
    Event criticism = first(TestingPipeline.code("Human Rights Watch criticized Ethiopia on Monday."), "11").orElseThrow();

    assertThat(dyad(criticism)).isEqualTo("HRW->ETH");
  }
  @Test
  void anActAboutADemandIsAimedAtItsAuthorAndANamedBodyOutweighsAPossessivePronoun() {
    Event refusal = first(TestingPipeline.code("The Serbian government has refused to respond to a demand from the Kosovo government to hand over the suspects."), "12").orElseThrow();
    Event demand = first(TestingPipeline.code("Greece demanded that its European Union partners refuse to admit Turkey."), "10").orElseThrow();

    assertThat(dyad(refusal)).isEqualTo("SRBGOV->XKXGOV");
    assertThat(dyad(demand)).isEqualTo("GRC->EUR");
  }
  @Test
  void peoplesNamedAsGroupsAreCiviliansOfTheCountryTheyLiveIn() {
    Event kurds = first(TestingPipeline.code("Thousands of Kurds marched in Diyarbakir on Sunday."), "14").orElseThrow();
    Event minority = first(TestingPipeline.code("Up to 200 ethnic Serbs demonstrated on Monday in Kosovo."), "14").orElseThrow();
    Event ofRegion = first(TestingPipeline.code("The Hungarians of southern Slovakia are demanding autonomy from the Slovak government."), "10").orElseThrow();
    Event nation = first(TestingPipeline.code("Thousands of Albanians marched in Tirana on Sunday."), "14").orElseThrow();

    assertThat(dyad(kurds)).isEqualTo("TURCVLKUR->TUR");
    assertThat(dyad(minority)).isEqualTo("XKXCVLSRB->XKX");
    assertThat(dyad(ofRegion)).isEqualTo("SVKCVLHUN->SVKGOV");
    assertThat(nation.source().code().code()).as("without 'ethnic', Albanians are Albania's citizens, not an ethnic group").isEqualTo("ALBCVL");
  }

  @Test
  void anActDoneInAPlaceToNoNamedPartyIsAimedAtThePlaceButMeetingsAbroadPlaceNobody() {
    Event curfew = first(TestingPipeline.code("The Ugandan army imposed a curfew in South Sudan's border town of Nimule."), "17").orElseThrow();
    Event lifted = first(TestingPipeline.code("Russia lifted the night curfew in Abkhazia on Monday."), "08").orElseThrow();
    Event meeting = first(TestingPipeline.code("The foreign ministers met in Geneva on Monday."), "04").orElseThrow();

    assertThat(dyad(curfew)).isEqualTo("UGAMIL->SSDCVL");
    assertThat(dyad(lifted)).isEqualTo("RUS->GEO");
    assertThat(dyad(meeting)).isEqualTo("---GOV->-");
  }
  @Test
  void aRejectionFindsTheAuthorOfWhatItRejectsWhenTheParserMisreadsTheObject() {
    Event rejection = first(TestingPipeline.code("Kinshasa again rejected Friday a European Union appeal for sending police officers along its border with Rwanda."), "12").orElseThrow();

    assertThat(dyad(rejection)).isEqualTo("CODGOV->EUR");
  }
  @Test
  void theSubjectPronounOfAReportedClauseIsTheSpeakerAndAGroupIsWhomItServes() {
    Event attack = first(TestingPipeline.code("Houthi rebels said they attacked a British tanker in the Red Sea."), "19").orElseThrow();
    Event attempt = first(TestingPipeline.code("Fighters loyal to the Islamic State said they tried to assassinate the Iraqi interior minister."), "18").orElseThrow();

    assertThat(dyad(attack)).isEqualTo("YEMREB->GBR");
    assertThat(attack.mode().claimant().map(actor -> actor.code().code())).as("their own claim of violence").contains("YEMREB");
    assertThat(dyad(attempt)).isEqualTo("IMGRAD->IRQGOV");
  }
  @Test
  void aDocumentSaysWhatItsIssuerSaysAndWhatOneIsPressedToDoIsNotDone() {
    Event condemnation = first(TestingPipeline.code("The Kenyan foreign ministry issued a statement condemning the attack on the embassy."), "11").orElseThrow();
    List<Event> pressure = TestingPipeline.code("Iranian authorities have been pressuring bus workers in Tehran to cancel their strike.");
    Event support = first(TestingPipeline.code("Britain is pushing hard for the United States to support its debt relief plan."), "05").orElseThrow();

    assertThat(condemnation.source().code().code()).isEqualTo("KENGOV");
    assertThat(dyad(first(pressure, "10").orElseThrow())).isEqualTo("IRNGOV->IRNLAB");
    assertThat(first(pressure, "08").orElseThrow().mode().hypothetical()).isTrue();
    assertThat(support.mode().hypothetical()).isTrue();
  }
  @Test
  void theTargetOfACooperativeActAnnouncesItButAVictimsReportOfViolenceStaysItsClaim() {
    Event intent = first(TestingPipeline.code("The Indian foreign minister will visit Nepal in June, the Nepalese embassy said."), "03").orElseThrow();

    assertThat(dyad(intent)).isEqualTo("INDGOV->NPL");
    assertThat(intent.mode().asserted()).isTrue();
  }

  @Test
  void violenceWithoutANamedDoerTakesItFromTheAttackOrWeapon() {
    Event strike = first(TestingPipeline.code("Five Hamas fighters were killed in an Israeli air strike in Gaza on Monday."), "18").orElseThrow();
    Event bomb = first(TestingPipeline.code("Three people were killed in a car bomb explosion in Beirut."), "18").orElseThrow();

    assertThat(dyad(strike)).isEqualTo("ISR->PSEREB");
    assertThat(bomb.source().code().code()).as("no owner named: unidentified armed forces").isEqualTo("LBNUAF");
  }

  @Test
  void anAttemptedAttackTookPlaceButAnAttemptedDealDidNot() {
    Event storming = first(TestingPipeline.code("Gunmen tried to storm the parliament in Kabul on Sunday."), "19").orElseThrow();
    Event deal = first(TestingPipeline.code("Israel tried to reach an agreement with Hamas."), "05").orElseThrow();

    assertThat(storming.mode().asserted()).isTrue();
    assertThat(deal.mode().hypothetical()).isTrue();
  }

  @Test
  void aDomesticProtestWithoutTargetIsAimedAtTheGovernment() {
    Event strike = first(TestingPipeline.code("Kenyan workers went on strike on Monday."), "14").orElseThrow();
    Event rally = first(TestingPipeline.code("Thousands of Serbian students rallied in Belgrade."), "14").orElseThrow();
    Event abroad = first(TestingPipeline.code("Iranian exiles protested in Paris on Saturday."), "14").orElseThrow();

    assertThat(dyad(strike)).isEqualTo("KENLAB->KENGOV");
    assertThat(dyad(rally)).as("a named place at home is the target").isEqualTo("SRBEDU->SRB");
    assertThat(dyad(abroad)).as("abroad, not their government").isEqualTo("IRN->FRA");
    List<Event> state = TestingPipeline.code("Ghana summoned Togolese ambassador Kodjo Mensah to protest the border incident.");
    assertThat(dyad(first(state, "114").orElseThrow())).as("a title before a name meets the constraint").isEqualTo("GHA->TGOGOV");
    assertThat(state).filteredOn(event -> event.cameo().root().equals("14")).as("a state protests in words, not at its own government")
        .allMatch(event -> event.target() == null);
  }

  @Test
  void theDoersOwnThingIsNoTargetAndACapitalWhereForceLandsIsItsCountry() {
    List<Event> border = TestingPipeline.code("Armenia agreed to reopen its border on Friday.");
    Event shelling = first(TestingPipeline.code("The North Korean army fired artillery shells at Seoul."), "19").orElseThrow();
    Event visit = first(TestingPipeline.code("Putin's envoy arrived in Washington for talks."), "042").orElseThrow();

    assertThat(border).filteredOn(event -> event.cameo().root().equals("08")).isNotEmpty().allMatch(event -> event.target() == null);
    assertThat(dyad(shelling)).isEqualTo("PRKMIL->KOR");
    assertThat(dyad(visit)).as("a visit is to the government").isEqualTo("RUSGOV->USAGOV");
  }

  @Test
  void resigningIsARetreat() {
    Event resignation = first(TestingPipeline.code("The Kenyan vice president resigned on Monday."), "0831").orElseThrow();

    assertThat(resignation.cameo().ploverType()).map(Enum::name).contains("RETREAT");
    assertThat(dyad(resignation)).isEqualTo("KENGOV->-");
  }

  @Test
  void whatAProtestIsForNamesWhomItIsAgainstBeforeThePlaceItIsHeld() {
    List<Event> rally = TestingPipeline.code("Thousands of people rallied in London to denounce Israel's offensive in Gaza.");
    Event blockade = first(TestingPipeline.code("Demonstrators in Baghdad blocked a road to show their anger at the United States' military policies."), "14").orElseThrow();

    assertThat(dyad(first(rally, "14").orElseThrow())).isEqualTo("GBRCVL->ISR");
    assertThat(first(rally, "11").orElseThrow().source().code().country()).as("not said in Gaza").isNotEqualTo("PSE");
    assertThat(blockade.targetActor().map(actor -> actor.code().country())).contains("USA");
    Event reforms = first(TestingPipeline.code("Students staged demonstrations to demand reforms by the Indonesian government."), "14").orElseThrow();
    assertThat(dyad(reforms)).as("protesters of no stated country protesting a government are its people").isEqualTo("IDNEDU->IDNGOV");
  }

  @Test
  void aTwoWordNationalityIsFoundWhereverTheParserHangsItsWords() {
    Event attack = first(TestingPipeline.code("The Sri Lankan army attacked rebel positions in the north."), "19").orElseThrow();

    assertThat(attack.source().code().code()).isEqualTo("LKAMIL");
  }

  @Test
  void aDictionaryNameCodedAsSeveralActorsIsEachAndCoordinatedTargetsFoundByPositionAreAll(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws java.io.IOException {
    java.nio.file.Path dictionary = java.nio.file.Files.writeString(folder.resolve("lake.actors.txt"),
        "WESTMARCH  [WMA/WMB]\nDALE  [DAL]\nESGAROTH  [ESG]\nEREBOR  [ERE]\n");
    EventCoder coder = new EventCoder(org.parley.codebook.Codebook.parse("test", "== 041 Praise or endorse\nverb welcome  subj=SOURCE after=TARGET\n"),
        org.parley.codebook.CodeTable.bundled(), org.parley.actor.ActorTables.bundledWith(List.of(dictionary)), org.parley.actor.PlaceTable.bundled());

    List<Event> events = TestingPipeline.code(coder, "Westmarch welcomed the resumption of ties with Dale, Esgaroth and Erebor.");

    assertThat(events.stream().map(EventCoderTest::dyad).distinct().sorted().toList()).containsExactly(
        "WMA->DAL", "WMA->ERE", "WMA->ESG", "WMB->DAL", "WMB->ERE", "WMB->ESG");
  }

  @Test
  void anOrganisationReportingViolenceIsNoPartyAndAnOfficialReportedByACountryIsItsOfficial() {
    Event attack = first(TestingPipeline.code("A refugee camp was attacked by Burundian militiamen on Monday, the UN refugee agency reported."), "19").orElseThrow();
    Event ban = first(TestingPipeline.code("The interior minister allowed the opposition to hold a rally, according to the Kenyan interior secretary."), "08").orElseThrow();

    assertThat(attack.source().code().country()).isEqualTo("BDI");
    assertThat(attack.mode().asserted()).as("the UN agency reports, it does not claim").isTrue();
    assertThat(ban.source().code().code()).isEqualTo("KENGOV");
    assertThat(ban.mode().asserted()).as("a government reporting its own measure").isTrue();
    List<Event> drones = TestingPipeline.code("Drones attacked the power plant overnight, Russian foreign ministry spokeswoman Maria Zakharova said.");
    assertThat(drones).filteredOn(event -> event.cameo().root().equals("19")).as("not the reporter's own drones")
        .allMatch(event -> !event.source().code().country().equals("RUS"));
  }

  @Test
  void aParticipleUsedAsAnAdjectiveReportsNoAct() {
    List<Event> events = TestingPipeline.code("The Israeli president refused to meet the visiting Jordanian king in Tel Aviv.");

    assertThat(events).extracting(event -> event.cameo().code()).doesNotContain("042").contains("125");
  }

  @Test
  void aNamedLeaderCalledFormerIsAnEliteWhateverTheDateSays() {
    LocalDate inOffice = LocalDate.of(2024, 7, 1);
    Event former = first(TestingPipeline.code("Former prime minister Sheikh Hasina met Indian officials in Delhi.", inOffice), "04").orElseThrow();
    Event sitting = first(TestingPipeline.code("Prime Minister Sheikh Hasina met Indian officials in Delhi.", inOffice), "04").orElseThrow();

    assertThat(former.source().code().code()).isEqualTo("BGDELI");
    assertThat(sitting.source().code().code()).isEqualTo("BGDGOV");
  }

  @Test
  void aThreatsConditionOnANestedComplementAndAnIntentAgreedToAPartysOfferFindTheirTargets() {
    Event threat = first(TestingPipeline.code(
        "Russia threatened to stop negotiations to reduce nuclear weapons if the United States deploys new missiles in Europe."), "13").orElseThrow();
    Event intent = first(TestingPipeline.code("Ethiopia agreed to Kenyan mediation in the border dispute."), "03").orElseThrow();

    assertThat(dyad(threat)).isEqualTo("RUS->USA");
    assertThat(dyad(intent)).isEqualTo("ETH->KEN");
  }

  @Test
  void anAnnouncedHarmIsAThreatAtEveryConjunctAndItsPurposeIsNotYetDone() {
    List<Event> boycott = TestingPipeline.code("The opposition party has said it will boycott the elections unless the president resigns.");
    List<Event> attacks = TestingPipeline.code("Al-Shabaab has threatened to launch new attacks on Kenya and Ethiopia.");
    List<Event> blockade = TestingPipeline.code("Angry farmers said they would blockade the capital to demand an end to the new tax.");

    assertThat(boycott).filteredOn(event -> event.cameo().root().equals("13")).as("a party of no country announcing its own boycott")
        .singleElement().satisfies(event -> {
          assertThat(event.source().code().code()).isEqualTo("---OPP");
          assertThat(event.mode().asserted()).isTrue();
        });
    assertThat(attacks).filteredOn(event -> event.cameo().root().equals("13")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("SOMREB->KEN", "SOMREB->ETH");
    assertThat(blockade).filteredOn(event -> event.cameo().root().equals("13")).as("the tagger reads this blockade as a noun")
        .isNotEmpty().allMatch(event -> event.mode().asserted());
    assertThat(blockade).filteredOn(event -> event.cameo().root().equals("10")).as("what a threatened blockade is for is not yet demanded")
        .isNotEmpty().noneMatch(event -> event.mode().asserted());
  }

  @Test
  void forcesSeenPreparingToFightShowForcePostureAndSayingSoIsAThreat() {
    List<Event> seen = TestingPipeline.code("The Sudanese army prepared to resume shelling rebel positions near El Fasher.");
    List<Event> said = TestingPipeline.code("Hezbollah said it was preparing to attack Israel.");

    assertThat(seen).filteredOn(event -> event.cameo().code().equals("150")).singleElement().satisfies(event -> {
      assertThat(dyad(event)).as("rebel positions are the rebels'").isEqualTo("SDNMIL->SDNREB");
      assertThat(event.mode().asserted()).isTrue();
    });
    assertThat(seen).filteredOn(event -> event.cameo().root().equals("19")).as("the shelling is not yet resumed")
        .isNotEmpty().noneMatch(event -> event.mode().asserted());
    assertThat(said).extracting(event -> event.cameo().root()).contains("13").doesNotContain("15");
  }

  @Test
  void aParticipleTheParserHangsOnAPlaceIsTheClauseSubjectsAct() {
    List<Event> events = TestingPipeline.code("Hundreds of farmers blocked roads in Nairobi demanding the release of their leaders.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("10")).isNotEmpty()
        .allMatch(event -> event.source().text().contains("farmers"), "demanded by the farmers, not by Nairobi");
  }

  @Test
  void aCountryTheTaggerTakesForAPersonIsStillTheItOfItsOwnClaim() {
    // CoreNLP tags "Jordan" PERSON here; "it" must still be Jordan, and refusing refugees is a rejection.
    Event refusal = first(TestingPipeline.code("Jordan says it will not accept any more refugees from Syria."), "12").orElseThrow();

    assertThat(dyad(refusal)).isEqualTo("JOR->SYR");
    assertThat(refusal.mode().asserted()).isTrue();
  }

  @Test
  void countedPeopleOfANationAreCiviliansAndTheNationItselfIsAParty() {
    Event arrest = first(TestingPipeline.code("Israeli soldiers arrested 40 Palestinians in Hebron."), "17").orElseThrow();
    Event rejection = first(TestingPipeline.code("The Palestinians rejected the Israeli proposal."), "12").orElseThrow();
    Event strike = first(TestingPipeline.code("Israeli helicopters shelled Hamas positions near Rafah."), "19").orElseThrow();

    assertThat(dyad(arrest)).isEqualTo("ISRMIL->PSECVL");
    assertThat(rejection.source().code().code()).isEqualTo("PSE");
    assertThat(strike.source().code().code()).as("aircraft are the military's").isEqualTo("ISRMIL");
  }

  @Test
  void unnamedViolenceIsPlacedByTheSettlementItsOfPhraseNames() {
    Event bombing = first(TestingPipeline.code("Two soldiers were killed by a bomb outside the Afghan city of Kandahar."), "18").orElseThrow();

    assertThat(bombing.source().code().code()).isEqualTo("AFGUAF");
  }

  @Test
  void unnamedViolenceIsPlacedWhereItsWeaponWasOrItsClauseHappened() {
    Event nearTown = first(TestingPipeline.code("A roadside bomb near the town of Kirkuk killed two American soldiers."), "18").orElseThrow();
    Event trailing = first(TestingPipeline.code("A car bomb exploded in Mosul on Friday, killing three policemen."), "18").orElseThrow();

    assertThat(dyad(nearTown)).isEqualTo("IRQUAF->USAMIL");
    assertThat(dyad(trailing)).isEqualTo("IRQUAF->IRQCOP");
    assertThat(trailing.location().text()).isEqualTo("Mosul");
  }

  @Test
  void whatAnActIsAimedAtTellsNothingOfItsDoersCountry() {
    Event blockade = first(TestingPipeline.code("The army lifted its blockade of the town of Jenin on Friday."), "087").orElseThrow();
    Event arrests = first(TestingPipeline.code("Police detained dozens of protesters in Tbilisi."), "173").orElseThrow();

    assertThat(blockade.source().code().code()).isEqualTo("---MIL");
    assertThat(blockade.target().code().country()).isEqualTo("PSE");
    assertThat(arrests.source().code().code()).as("police act in their own country").isEqualTo("GEOCOP");
  }

  @Test
  void aWireStyleDayAfterTheSubjectLeavesTheSubjectItsAct() {
    Event blockade = first(TestingPipeline.code("Egypt Tuesday reimposed a blockade on the Gaza Strip."), "191").orElseThrow();

    assertThat(blockade.source().code().code()).isEqualTo("EGY");
  }

  @Test
  void whatAnAllegationSaysIsItsAuthorsClaimOrNobodysAssertion() {
    Event unsourced = first(TestingPipeline.code("The committee opened an inquiry into allegations that the rebels had seized the town."), "192")
        .orElseThrow();
    Event sourced = first(TestingPipeline.code("The army denied charges by Amnesty International that its soldiers had killed civilians."), "18")
        .orElseThrow();

    assertThat(unsourced.mode().hypothetical()).isTrue();
    assertThat(sourced.mode().claimedBy().code().code()).isEqualTo("AMNESTY");
  }

  @Test
  void aStatesMilitaryPoliciesAreTheStatesNotItsArmys() {
    Event protest = first(TestingPipeline.code("Kenyan students protested against the military policies of the United States."), "14").orElseThrow();
    Event sharing = first(TestingPipeline.code("Canada shared military intelligence with Ukraine."), "06").orElseThrow();

    assertThat(protest.target().code().code()).isEqualTo("USA");
    assertThat(dyad(sharing)).isEqualTo("CAN->UKR");
  }

  @Test
  void anOrderToActDemandsItAndABareGerundOfPurposeIsNobodysAct() {
    List<Event> events = TestingPipeline.code("A Kenyan court ordered the former finance minister to appear for questioning.");

    assertThat(first(events, "10").map(EventCoderTest::dyad)).contains("KENJUD->KENELI");
    assertThat(first(events, "11")).as("nobody questioned anyone yet").isEmpty();
  }

  @Test
  void aCityTheParserMakesAParticiplesSubjectLeavesItToTheClauseDoers() {
    List<Event> events = TestingPipeline.code("Thousands of Kenyan teachers blocked roads in the capital Nairobi demanding higher pay.");

    assertThat(first(events, "10").map(event -> event.source().code().code())).contains("KENEDU");
  }

  @Test
  void exercisesByCoordinatedNationsAreHeldTogetherInsideAMeasureOfDays() {
    List<Event> events = TestingPipeline.code("Greek and Italian warships launched ten days of war games in the Ionian Sea.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("062")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("GRCMIL->ITAMIL", "ITAMIL->GRCMIL");
  }

  @Test
  void aCurfewOrMartialLawRestrictsThePeopleOfItsPlaceOrItsImposersCountry() {
    Event curfew = first(TestingPipeline.code("Kenyan authorities imposed a curfew in Mombasa on Monday."), "1723").orElseThrow();
    Event martialLaw = first(TestingPipeline.code("The Thai army imposed martial law on Tuesday."), "1724").orElseThrow();

    assertThat(dyad(curfew)).isEqualTo("KENGOV->KENCVL");
    assertThat(dyad(martialLaw)).isEqualTo("THAMIL->THACVL");
  }

  @Test
  void aBareOfficerIsAnArmyOfficerWhilePoliceAndCustomsNameTheirs() {
    Event mediation = first(TestingPipeline.code("Syrian officers ended their mediation between the rival militias."), "16").orElseThrow();
    Event arrest = first(TestingPipeline.code("Kenyan police officers detained two journalists."), "173").orElseThrow();

    assertThat(mediation.source().code().code()).isEqualTo("SYRMIL");
    assertThat(arrest.source().code().code()).isEqualTo("KENCOP");
  }

  @Test
  void aBareNationalityWordCoordinatedWithAPeopleIsOfThatPeople() {
    List<Event> events = TestingPipeline.code("Guinean soldiers beat Sierra Leonean and Liberian refugees.");
    List<Event> counted = TestingPipeline.code("Kenyan police beat dozens of Sudanese and Eritrean refugees.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("182")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("GINMIL->SLEREF", "GINMIL->LBRREF");
    assertThat(counted).filteredOn(event -> event.cameo().code().equals("182")).extracting(EventCoderTest::dyad)
        .as("the conjuncts inside a count").containsExactlyInAnyOrder("KENCOP->SDNREF", "KENCOP->ERIREF");
  }

  @Test
  void aParticipleSayingWhereASanctionIsAimedIsNoAttack() {
    List<Event> events = TestingPipeline.code("Canada imposed sanctions on Iran on Monday, targeting six banks and two shipping firms.");

    assertThat(first(events, "16")).isPresent();
    assertThat(first(events, "19")).as("targeting restates the sanction's aim").isEmpty();
  }

  @Test
  void oneDoerOfACooperativeActReportingItAnnouncesItForAll() {
    List<Event> events = TestingPipeline.code("Kenya and Uganda signed a trade agreement with Tanzania, Kenya's foreign ministry said.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("057")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("KEN->TZA", "UGA->TZA");
    assertThat(events).filteredOn(event -> event.cameo().code().equals("057")).allMatch(event -> event.mode().asserted());
  }

  @Test
  void agentsOfCoordinatedCountriesAreEachCountrysAgents() {
    List<Event> met = TestingPipeline.code("The foreign ministers of Russia and China met in Beijing on Monday.");
    List<Event> condemned = TestingPipeline.code("Officials from Kenya and Uganda condemned the attack by Somali militants.");

    assertThat(met).filteredOn(event -> event.cameo().code().equals("040")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("RUSGOV->CHNGOV", "CHNGOV->RUSGOV");
    assertThat(condemned).filteredOn(event -> event.cameo().root().equals("11")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("KENGOV->SOMREB", "UGAGOV->SOMREB");
  }

  @Test
  void tiesTheDoersShareBindThemToEachOther() {
    List<Event> upgraded = TestingPipeline.code("Czechia and Albania upgraded their diplomatic ties on Wednesday.");

    assertThat(upgraded).filteredOn(event -> event.cameo().root().equals("05")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("CZE->ALB", "ALB->CZE");
  }

  @Test
  void aParticipleTheParserHangsOnAPlaceIsTheClauseDoersAct() {
    List<Event> events = TestingPipeline.code("Russian missiles hit a residential neighbourhood of northern Kharkiv, killing three people.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("180")).extracting(event -> event.source().code().code())
        .containsExactly("RUSMIL");
  }

  @Test
  void aTradeRestrictedIsAimedAtTheCountryItGoesTo() {
    List<Event> lifted = TestingPipeline.code("Germany lifted its ban on arms exports to Saudi Arabia and Qatar.");

    assertThat(lifted).filteredOn(event -> event.cameo().root().equals("08")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("DEU->SAU", "DEU->QAT");
  }

  @Test
  void aDateIsNoArgumentAndHidesNone() {
    // "on Monday" is an oblique with the slot's preposition; the sanctions' own "on Iran" is the target.
    List<Event> imposed = TestingPipeline.code("The European Union on Monday imposed new sanctions on Iran.");

    assertThat(imposed).filteredOn(event -> event.cameo().code().equals("163")).extracting(EventCoderTest::dyad)
        .containsExactly("EUR->IRN");
  }

  @Test
  void doersAccusingEachOtherAreEachOthersTargets() {
    List<Event> accused = TestingPipeline.code("Russia and Ukraine accused each other of attacking energy facilities.");
    List<Event> blamed = TestingPipeline.code("India and Pakistan blamed one another for the violence.");

    assertThat(accused).filteredOn(event -> event.cameo().code().equals("112")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("RUS->UKR", "UKR->RUS");
    assertThat(blamed).filteredOn(event -> event.cameo().code().equals("112")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("IND->PAK", "PAK->IND");
  }

  @Test
  void thePartyCalledOnToActIsTheDoerOfTheAct() {
    List<Event> events = TestingPipeline.code("Zelensky called on the United States to impose new sanctions on Russia.");

    Event sanctions = first(events, "163").orElseThrow();
    assertThat(dyad(sanctions)).isEqualTo("USA->RUS");
    assertThat(sanctions.mode().hypothetical()).isTrue();
  }

  @Test
  void aPluralWordForACoordinationStandsForEveryPartyInIt() {
    List<Event> events = TestingPipeline.code("Kenya and Uganda signed a trade deal on Monday. They also agreed to build a railway.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("030")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("KEN->UGA", "UGA->KEN");
  }

  @Test
  void whatABeforeOrUntilClauseNamesInThePresentHasNotHappened() {
    Event pending = first(TestingPipeline.code("Ukraine will keep fighting until Russia withdraws its troops."), "087").orElseThrow();
    Event past = first(TestingPipeline.code("The army shelled the town before the rebels withdrew."), "087").orElseThrow();

    assertThat(pending.mode().hypothetical()).isTrue();
    assertThat(past.mode().hypothetical()).isFalse();
  }

  @Test
  void policeActOnTheirOwnCountrysPeople() {
    Event teargas = first(TestingPipeline.code("Police in Nairobi fired tear gas at protesters on Tuesday."), "17").orElseThrow();

    assertThat(dyad(teargas)).isEqualTo("KENCOP->KENCVL");
  }

  @Test
  void aQuestionAssertsNothingAndAnnouncesNoThreat() {
    List<Event> events = TestingPipeline.code("Will Iran retaliate against Israel?");

    assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.mode().asserted()).isFalse());
    assertThat(first(TestingPipeline.code("Why did Israel strike Iran?"), "19").orElseThrow().mode().hypothetical()).isTrue();
  }

  @Test
  void aSpeakerTheParserMadeAnAppositionIsNotWhatItFollows() {
    // The parser hangs "Russian media" on "airbase" and "said" on "attack"; the airbase stays Russia's, not its media.
    Event attack = first(TestingPipeline.code("Ukraine allegedly used drones to attack a Russian airbase, Russian media said."), "19")
        .orElseThrow();

    assertThat(dyad(attack)).isEqualTo("UKR->RUS");
  }

  @Test
  void peacekeepersOfNoNamedCountryAreAnInternationalForceWhereverTheyServe() {
    Event ambush = first(TestingPipeline.code("Militants ambushed a convoy of peacekeepers in Mali on Sunday."), "1").orElseThrow();
    Event named = first(TestingPipeline.code("Militants ambushed Chadian peacekeepers in Mali on Sunday."), "1").orElseThrow();

    assertThat(ambush.target().code().code()).isEqualTo("IGOMIL");
    assertThat(named.target().code().code()).isEqualTo("TCDMIL");
  }

  @Test
  void troopsOfTwoNationsClashingFightEachOther() {
    List<Event> events = TestingPipeline.code("Thai and Cambodian troops clashed near the Preah Vihear temple.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("190")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("THAMIL->KHMMIL", "KHMMIL->THAMIL");
  }

  @Test
  void aWeaponNounBeforeACoordinatedAttackNounIsOneAttack() {
    // "drone" is tagged as a verb by CoreNLP after an adjective; retagged, the phrase parses as one attack.
    List<Event> events = TestingPipeline.code("Russian forces launched a massive drone and missile attack on Ukraine's energy grid overnight.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("19")).extracting(EventCoderTest::dyad)
        .containsExactly("RUSMIL->UKR");
  }

  @Test
  void aProposalDescribedByWhoPutItForwardIsAimedAtThem() {
    Event accepted = first(TestingPipeline.code("The rebels accepted a peace plan drawn up by Kenyan mediators."), "037").orElseThrow();

    assertThat(accepted.target().code().country()).isEqualTo("KEN");
  }

  @Test
  void aDocumentSaysWhatItsAuthorSaysAndNothingWhenItWasBlocked() {
    List<Event> blocked = TestingPipeline.code("Poland blocked a European Union statement condemning Belarus.");
    Event issued = first(TestingPipeline.code("Kenya issued a statement condemning the coup in Niger."), "11").orElseThrow();

    Event condemnation = first(blocked, "11").orElseThrow();
    assertThat(dyad(condemnation)).isEqualTo("EUR->BLR");
    assertThat(condemnation.mode().hypothetical()).isTrue();
    assertThat(first(blocked, "129").map(EventCoderTest::dyad)).contains("POL->EUR");
    assertThat(issued.source().code().code()).isEqualTo("KEN");
  }

  @Test
  void whoIsPromptedToActIsTheOneWhoActs() {
    Event surrender = first(TestingPipeline.code("The army shelled the town, prompting the rebels to surrender."), "087").orElseThrow();

    assertThat(surrender.source().code().role()).isEqualTo("REB");
  }

  @Test
  void anAccusationNobodyIsNamedForAssertsNothing() {
    Event accused = first(TestingPipeline.code("Sudanese soldiers were accused of killing dozens of villagers in Darfur."), "18").orElseThrow();

    assertThat(accused.source().code().code()).isEqualTo("SDNMIL");
    assertThat(accused.target().code().role()).isEqualTo("CVL");
    assertThat(accused.mode().hypothetical()).isTrue();
  }

  @Test
  void aRightsGroupThatAccusesIsNoVictim() {
    Event attack = first(TestingPipeline.code("Amnesty International accused Ethiopian troops of attacking."), "19").orElseThrow();

    assertThat(attack.source().code().code()).isEqualTo("ETHMIL");
    assertThat(attack.target()).isNull();
  }

  @Test
  void aPartyNamedByItsRelationToAnotherIsNotThatOther() {
    List<Event> events = TestingPipeline.code("Ukraine urged its allies to send more weapons. Armenia accused its neighbour of aggression.");

    Event accusation = first(events, "11").orElseThrow();
    assertThat(accusation.source().code().code()).isEqualTo("ARM");
    assertThat(accusation.target()).isNull();
  }

  @Test
  void anAccusedActWithAnObjectOfItsOwnIsAimedAtThatNotAtTheAccuser() {
    Event strike = first(TestingPipeline.code("Moscow accused Kyiv of striking a gas facility in Kursk region."), "19").orElseThrow();
    Event bare = first(TestingPipeline.code("Russia accused Ukraine of attacking."), "19").orElseThrow();

    assertThat(dyad(strike)).isEqualTo("UKRGOV->RUS");
    assertThat(dyad(bare)).isEqualTo("UKR->RUS");
  }

  @Test
  void aNationalityBeforeAWeaponNounMisreadAsAVerbStillNamesTheAttacker() {
    Event killing = first(TestingPipeline.code("A Russian drone strike on a bus in Sumy killed nine people."), "180").orElseThrow();

    assertThat(killing.source().code().code()).isEqualTo("RUSMIL");
    assertThat(killing.target().code().role()).isEqualTo("CVL");
  }

  @Test
  void aPartyNamedInsideTheActsPhraseIsItsTarget() {
    Event refusal = first(TestingPipeline.code("The junta refused to allow United Nations investigators to enter the country."), "124").orElseThrow();
    Event condemnation = first(TestingPipeline.code("Kenya issued a statement condemning the coup in Niger."), "111").orElseThrow();
    Event easing = first(TestingPipeline.code("Senegal agreed to lift its embargo on fuel exports to Mali."), "085").orElseThrow();

    assertThat(dyad(refusal)).isEqualTo("---GOV->UNO");
    assertThat(dyad(condemnation)).isEqualTo("KEN->NER");
    assertThat(dyad(easing)).isEqualTo("SEN->MLI");
  }

  @Test
  void whereAnActHappensAndWhatTheDoerOwnsAreNoTargets() {
    Event promise = first(TestingPipeline.code("The Serbian president promised to democratise Serbia."), "030").orElseThrow();
    Event launch = first(TestingPipeline.code("North Korea fired a ballistic missile into the sea off its east coast."), "150").orElseThrow();
    Event intent = first(TestingPipeline.code("Sudan's army chief agreed to hold talks in Cairo."), "036").orElseThrow();
    Event trip = first(TestingPipeline.code("Italy's prime minister returned to Brussels for talks."), "04").orElseThrow();

    assertThat(dyad(promise)).isEqualTo("SRBGOV->-");
    assertThat(dyad(launch)).isEqualTo("PRK->-");
    assertThat(dyad(intent)).isEqualTo("SDNMIL->-");
    assertThat(dyad(trip)).isEqualTo("ITAGOV->-");
  }

  @Test
  void aRegionItsTwoWordsNameIsNotTheCountryOfItsLastWord() {
    Event expulsion = first(TestingPipeline.code("Venezuela expelled diplomats from seven Latin American countries."), "16").orElseThrow();

    assertThat(dyad(expulsion)).isEqualTo("VEN->LAM");
  }

  @Test
  void aClosingAttributionTheParserMisreadsKeepsTheObjectAndReportsTheAct() {
    Event shelling = first(TestingPipeline.code("Russian forces shelled the city of Kharkiv, the regional governor said."), "19").orElseThrow();
    Event kidnapping = first(TestingPipeline.code("The militants kidnapped the district governor, local officials told Reuters."), "181").orElseThrow();

    assertThat(dyad(shelling)).isEqualTo("RUSMIL->UKR");
    assertThat(kidnapping.mode().hypothetical()).as("what officials told is reported, not planned").isFalse();
    assertThat(kidnapping.target().text()).isEqualTo("district governor");
  }

  @Test
  void fightingVowedUntilAPartyGivesInThreatensThatParty() {
    Event threat = first(TestingPipeline.code("Kurdish fighters have sworn to fight until Turkish troops leave northern Syria."), "13").orElseThrow();
    List<Event> timed = TestingPipeline.code("Kurdish fighters have sworn to fight until the end of the year.");

    assertThat(threat.target().code().code()).isEqualTo("TURMIL");
    assertThat(threat.mode().asserted()).isTrue();
    assertThat(timed).noneMatch(event -> event.targetActor().isPresent());
  }

  @Test
  void anAttemptSurvivedWasMadeOnTheSurvivorBySomeoneUnnamed() {
    Event attempt = first(TestingPipeline.code("The governor of Kano state survived an assassination attempt on Tuesday."), "185").orElseThrow();

    assertThat(attempt.target().code().code()).isEqualTo("NGAGOV");
    assertThat(attempt.source().code().role()).isEqualTo("UAF");
  }

  @Test
  void aMeetingNamedInATimeAdjunctTookPlace() {
    Event talks = first(TestingPipeline.code("Zelensky spoke to reporters after talks with Trump at the White House."), "04").orElseThrow();
    List<Event> call = TestingPipeline.code("The Saudi crown prince discussed regional security during a phone call with the Iranian president.");
    Event visit = first(TestingPipeline.code("Venezuela released six American detainees after a visit by a US envoy."), "042").orElseThrow();
    List<Event> before = TestingPipeline.code("Zelensky spoke to reporters before talks with Trump.");

    assertThat(dyad(talks)).isEqualTo("UKRGOV->USAGOV");
    assertThat(talks.trigger().text()).isEqualTo("talks");
    assertThat(call).extracting(EventCoderTest::dyad).containsExactly("SAUGOV->IRNGOV");
    assertThat(call.get(0).cameo().code()).isEqualTo("041");
    assertThat(visit.source().code().code()).as("the visit's own doer, not the clause's").isEqualTo("USAGOV");
    assertThat(before).noneMatch(event -> event.cameo().code().startsWith("04"));
  }

  @Test
  void anUnconfirmedReportThatSomethingHappenedAssertsNothing() {
    Event denied = first(TestingPipeline.code("Moscow denied reports that its forces had attacked a Ukrainian hospital."), "19").orElseThrow();
    Event unverified = first(TestingPipeline.code("Reports that Eritrean troops killed civilians in Tigray could not be independently verified."), "180").orElseThrow();
    Event confirmed = first(TestingPipeline.code("The army confirmed reports that rebels had seized the town of Goma."), "192").orElseThrow();

    assertThat(denied.mode().asserted()).isFalse();
    assertThat(unverified.mode().hypothetical()).isTrue();
    assertThat(confirmed.mode().asserted()).isTrue();
  }

  @Test
  void aSubjectPronounOfAReportedClauseIsTheSpeakerBeforeAnEarlierMention() {
    List<Event> events = TestingPipeline.code(
        "Moscow denied reports that its forces had attacked a Ukrainian hospital. Hamas said it would not attend the talks in Cairo.");

    Event refusal = first(events, "125").orElseThrow();
    assertThat(refusal.source().code().code()).isEqualTo("PSEREB");
    assertThat(refusal.mode().asserted()).isTrue();
  }

  @Test
  void whatAnInvitationAsksForHasNotHappened() {
    List<Event> events = TestingPipeline.code("The Georgian prime minister turned down an invitation from Cairo to attend the summit.");

    assertThat(first(events, "125").map(EventCoderTest::dyad)).contains("GEOGOV->EGYGOV");
    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("04")).allMatch(event -> event.mode().hypothetical());
  }

  @Test
  void theFirstPartyInAnActsPhraseIsItsTargetEvenWithoutACountry() {
    Event execution = first(TestingPipeline.code("Iran executed a man convicted of spying for Israel."), "180").orElseThrow();

    assertThat(execution.target().code().role()).isEqualTo("CVL");
    assertThat(execution.target().code().country()).as("Israel describes the man, it is not the party").isNotEqualTo("ISR");
  }

  @Test
  void firingOnAPlaceWithNoWeaponNamedIsOpeningFire() {
    Event fire = first(TestingPipeline.code("Armenian troops fired on Azerbaijani positions near the border."), "193").orElseThrow();
    Event accused = first(TestingPipeline.code("Azerbaijan accused Armenia of firing on its positions along the border."), "193").orElseThrow();

    assertThat(dyad(fire)).isEqualTo("ARMMIL->AZEMIL");
    assertThat(dyad(accused)).isEqualTo("ARM->AZEMIL");
    assertThat(accused.mode().claimant().map(actor -> actor.code().code())).contains("AZE");
  }

  @Test
  void anAccusedGerundWhoseObjectTheParserGaveTheAccusingVerbIsStillClaimed() {
    List<Event> events = TestingPipeline.code(
        "Sudan's army on Sunday accused the paramilitary Rapid Support Forces of shelling a displacement camp near El Fasher, killing at least 14 people.");
    Event called = first(TestingPipeline.code("The United Nations called on both sides to protect civilians."), "02").orElseThrow();

    Event shelling = first(events, "194").orElseThrow();
    assertThat(shelling.source().code().code()).isEqualTo("SDNREB");
    assertThat(shelling.mode().claimant().map(actor -> actor.code().code())).contains("SDNMIL");
    assertThat(called.source().code().code()).isEqualTo("UNO");
  }

  @Test
  void aTitledLeaderInAnUnlistedSpellingIsTheOfficeHolderOnTheDay() {
    Event threat = first(TestingPipeline.code("President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers.",
        LocalDate.of(2001, 3, 3)), "13").orElseThrow();

    assertThat(dyad(threat)).as("a town of the doer's own country is its people there").isEqualTo("DZAGOV->DZACVL");
  }

  @Test
  void coordinatedAgentsOfAParticipleAreItsDoersNotEachOthersTargets() {
    List<Event> events = TestingPipeline.code("The deal did not give inspectors access to sites struck by Israel and the United States.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("19")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("ISR->-", "USA->-");
  }

  @Test
  void theForcesOfAnArmedGroupThatSpeaksAreTheGroups() {
    List<Event> events = TestingPipeline.code("The RSF denied the claim and said its forces had captured a military base east of the city.");
    Event fighters = first(TestingPipeline.code("Hamas's fighters attacked an Israeli patrol."), "19").orElseThrow();

    Event capture = first(events, "19").orElseThrow();
    assertThat(capture.source().code().code()).isEqualTo("SDNREB");
    assertThat(capture.mode().claimant().map(actor -> actor.code().code())).contains("SDNREB");
    assertThat(dyad(fighters)).isEqualTo("PSEREB->ISR");
    Event outlet = first(TestingPipeline.code("Hezbollah's television station said its fighters had attacked an Israeli patrol."), "19")
        .orElseThrow();
    assertThat(outlet.source().code().code()).as("whose outlet speaks says whose fighters").isEqualTo("LBNREB");
  }

  @Test
  void theGroupIsTheNearestOrganisationNamedBeforeIt() {
    List<Event> events = TestingPipeline.code(
        "The Israeli army said it had struck Hezbollah weapons depots and accused the group of rebuilding its positions.");
    Event state = first(TestingPipeline.code("Russia said Ukraine had attacked the convoy and accused the group of lying."), "112").orElseThrow();

    assertThat(first(events, "112").map(EventCoderTest::dyad)).contains("ISRMIL->LBNREB");
    assertThat(state.target()).as("a state is no group").isNull();
    Event rebels = first(TestingPipeline.code(
        "Congo and the M23 rebel group signed a declaration in Qatar on Saturday. The rebels attacked a village on Sunday."), "19")
        .orElseThrow();
    assertThat(rebels.source().code().code()).as("the rebels are the armed group named before").isEqualTo("CODREB");
  }

  @Test
  void organisationNamesTheParserSplitsAreStillTheirNames() {
    Event oas = first(TestingPipeline.code("The Organization of American States urged Venezuela to release the detainees."), "02").orElseThrow();
    Event taliban = first(TestingPipeline.code("Pakistani officials blamed the Pakistani Taliban for the bombing."), "112").orElseThrow();
    Event arming = first(TestingPipeline.code("Ethiopia accused Eritrea of arming rebel groups in the Amhara region."), "07").orElseThrow();

    assertThat(dyad(oas)).isEqualTo("OAS->VEN");
    assertThat(dyad(taliban)).isEqualTo("PAKGOV->PAKREB");
    assertThat(dyad(arming)).as("a region named with its common noun places the group").isEqualTo("ERI->ETHREB");
    Event party = first(TestingPipeline.code("The Republican People's Party condemned the detention of the mayor."), "111").orElseThrow();
    Event acronym = first(TestingPipeline.code("The Republicans (CHP) condemned the detention of the mayor."), "111").orElseThrow();
    assertThat(party.source().code().code()).as("a name with a possessive part").isEqualTo("TUROPP");
    assertThat(acronym.source().code().code()).as("a known acronym in brackets after an unknown name").isEqualTo("TUROPP");
    Event ruling = first(TestingPipeline.code("Georgian Dream, the ruling party, accused the opposition of treason."), "112").orElseThrow();
    assertThat(ruling.source().code().code()).as("nationality word and apposition together").isEqualTo("GEOGOV");
  }

  @Test
  void aVowToFightOnUntilAPartyFallsIsAThreatToThatPartyNotAPromise() {
    List<Event> events = TestingPipeline.code("The army chief vowed to continue fighting until the RSF was defeated.");
    List<Event> houthis = TestingPipeline.code("Yemen's Houthi movement vowed to continue the attacks until Israel ends its war in Gaza.");

    assertThat(first(events, "13").map(EventCoderTest::dyad)).contains("---MIL->SDNREB");
    assertThat(first(events, "030")).isEmpty();
    assertThat(first(houthis, "13").map(EventCoderTest::dyad)).contains("YEMREB->ISR");
    assertThat(first(houthis, "030")).isEmpty();
  }

  @Test
  void aDatelineCityOfTheGazetteerAndAClaimantOfItsCountryPlaceTheStory() {
    String text = "Tanzania's main opposition party said about 700 people had been killed by security forces. "
        + "Police fired tear gas at protesters.";
    Article datelined = new Article("dateline", "Protests", "", "", LocalDate.of(2025, 11, 1), text, "DAR ES SALAAM");

    Event teargas = first(TestingPipeline.get().code(datelined).events(), "175").orElseThrow();

    assertThat(dyad(teargas)).isEqualTo("TZACOP->TZACVL");
  }

  @Test
  void whatACapturedTownIsNearDoesNotSayWhoseItIs() {
    Event capture = first(TestingPipeline.code("Resistance forces captured a town near the Chinese border."), "19").orElseThrow();

    assertThat(dyad(capture)).isEqualTo("---REB->-");
  }

  @Test
  void aWireDatelineTellsWhoseAgentsOfNoStatedCountryAre() {
    String text = "Police fired tear gas at protesters outside parliament. The opposition accused the police of using excessive force. "
        + "Kenya's interior minister defended the police.";
    Article datelined = new Article("dateline", "Protests", "", "", LocalDate.of(2024, 6, 25), text, "NAIROBI");
    Article bare = new Article("bare", "Protests", "", "", LocalDate.of(2024, 6, 25), text);

    Event accusation = first(TestingPipeline.get().code(datelined).events(), "112").orElseThrow();
    Event unplaced = first(TestingPipeline.get().code(bare).events(), "112").orElseThrow();

    assertThat(dyad(accusation)).isEqualTo("KENOPP->KENCOP");
    assertThat(dyad(unplaced)).as("one mention of Kenya alone places nobody").isEqualTo("---OPP->---COP");
    Article foreign = new Article("foreign", "Protests", "", "", LocalDate.of(2024, 6, 25),
        text.replace("accused the police", "accused foreign intelligence services"), "NAIROBI");
    assertThat(first(TestingPipeline.get().code(foreign).events(), "112").map(EventCoderTest::dyad)).contains("KENOPP->---SPY");
  }

  @Test
  void bothSidesAreTheCoordinatedPartiesNamedBefore() {
    List<Event> events = TestingPipeline.code(
        "India and Pakistan agreed to a ceasefire on Saturday. Hours later, both sides accused each other of violating the truce.");
    List<Event> none = TestingPipeline.code("Both sides accused each other of violating the truce.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("112")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("IND->PAK", "PAK->IND");
    assertThat(none).filteredOn(event -> event.cameo().code().equals("112")).isEmpty();
  }

  @Test
  void bothPartiesAreNotThoseWhoAddressThem() {
    List<Event> events = TestingPipeline.code("Israel and Hamas exchanged fire overnight. "
        + "Egypt and Qatar condemned the attacks and urged both parties to return to negotiations.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("02")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("EGY->ISR", "EGY->PSEREB", "QAT->ISR", "QAT->PSEREB");
  }

  @Test
  void bothSidesOfAnAccusationAgreedWithEachOther() {
    List<Event> events = TestingPipeline.code(
        "Russia accused Ukraine on Thursday of attacking a pumping station, hours after both sides agreed to a 30-day pause.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("03")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("RUS->UKR", "UKR->RUS");
    assertThat(first(events, "19").map(EventCoderTest::dyad)).contains("UKR->RUS");
  }

  @Test
  void theTwoLeadersAreTheCoordinatedLeadersNamedBefore() {
    List<Event> events = TestingPipeline.code("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        + "initialled a peace agreement on Friday. U.S. President Donald Trump hosted the two leaders at the White House.",
        LocalDate.of(2025, 8, 8));

    assertThat(events).filteredOn(event -> event.cameo().code().equals("043")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("USAGOV->ARMGOV", "USAGOV->AZEGOV");
  }

  @Test
  void theTwoLeadersAreNeverTheOneWhoAddressesThem() {
    List<Event> events = TestingPipeline.code("Ukrainian President Volodymyr Zelenskiy met U.S. President Donald Trump on Friday. "
        + "Trump urged both leaders to stop the war.", LocalDate.of(2025, 10, 17));

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("02")).extracting(EventCoderTest::dyad)
        .doesNotContain("USAGOV->USAGOV", "USAGOV->UKRGOV").isNotEmpty();
  }

  @Test
  void aDefiniteRoleNounIsTheNearestActorOfThatRoleNamedBefore() {
    List<Event> events = TestingPipeline.code("China imposed sanctions on seven U.S. defence companies on Friday. "
        + "The commerce ministry said it had banned the companies from trade with China. "
        + "Niger's military government arrested a former minister. The junta, which seized power in 2023, expelled French troops.");

    assertThat(first(events, "172").map(EventCoderTest::dyad).orElseThrow()).endsWith("->USABUS");
    assertThat(first(events, "174").map(EventCoderTest::dyad)).contains("NERGOV->FRAMIL");
    List<Event> addressed = TestingPipeline.code("The U.S. State Department urged the government to release all political prisoners.");
    assertThat(first(addressed, "02").map(EventCoderTest::dyad).orElseThrow()).doesNotEndWith("->USAGOV");
  }

  @Test
  void anArmySpokesmanAndTheTroopsAreTheArmyNamedBefore() {
    List<Event> events = TestingPipeline.code("Sudan's army said on Friday it had recaptured the presidential palace from the "
        + "Rapid Support Forces. Soldiers were filmed celebrating, and army spokesman Nabil Abdallah said the troops had killed "
        + "hundreds of RSF fighters.");

    Event killing = first(events, "18").orElseThrow();
    assertThat(dyad(killing)).isEqualTo("SDNMIL->SDNREB");
    assertThat(killing.mode().claimedBy().code().code()).isEqualTo("SDNMIL");
  }

  @Test
  void whoCarriedOutAnAttackDidWhatTheAttackDid() {
    List<Event> events = TestingPipeline.code(
        "The RSF said its forces were still present near the palace and had carried out a drone strike that killed several soldiers.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("18") || event.cameo().code().startsWith("19"))
        .extracting(event -> event.source().code().code()).isNotEmpty().containsOnly("SDNREB");
  }

  @Test
  void actsCountedSinceAnEarlierYearAreBackground() {
    List<Event> background = TestingPipeline.code("The Houthis have attacked more than 100 ships since November 2023.", LocalDate.of(2025, 7, 7));
    List<Event> news = TestingPipeline.code("The Houthis have attacked two ships since Monday.", LocalDate.of(2025, 7, 7));

    assertThat(background).filteredOn(event -> event.cameo().code().startsWith("19")).isEmpty();
    assertThat(first(news, "19").map(EventCoderTest::dyad)).contains("YEMREB->-");
  }

  @Test
  void aMediatorActingAsSuchIsNoPartyToTheTalks() {
    List<Event> events = TestingPipeline.code(
        "Iran and the United States held a fifth round of talks in Rome on Friday, with Oman again acting as mediator.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("04")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("IRN->USA", "USA->IRN");
  }

  @Test
  void thoseChargedWithAnActAreItsClaimedDoers() {
    List<Event> events = TestingPipeline.code(
        "Polish prosecutors charged two Ukrainian citizens with setting the fire on the orders of Russian intelligence.");

    assertThat(first(events, "173").map(EventCoderTest::dyad)).contains("POLJUD->UKRCVL");
    Event fire = first(events, "171").orElseThrow();
    assertThat(dyad(fire)).isEqualTo("UKRCVL->-");
    assertThat(fire.mode().claimedBy().code().code()).isEqualTo("POLJUD");
  }

  @Test
  void aPluralNameSpeaksOfItselfAsThey() {
    List<Event> events = TestingPipeline.code("Venezuela deported migrants. The Houthis said they had targeted the vessel.");

    assertThat(first(events, "19").map(EventCoderTest::dyad)).contains("YEMREB->-");
  }

  @Test
  void aPassiveJoinedToAnActiveVerbSharesItsSubjectAndNamesAPair() {
    List<Event> events = TestingPipeline.code("Indian Prime Minister Narendra Modi arrived in Moscow on Monday and was welcomed by "
        + "President Vladimir Putin. The two leaders are expected to discuss trade on Tuesday.", LocalDate.of(2024, 7, 8));

    assertThat(first(events, "043").map(EventCoderTest::dyad)).contains("RUSGOV->INDGOV");
    assertThat(events).filteredOn(event -> event.cameo().code().equals("040")).extracting(EventCoderTest::dyad).isNotEmpty()
        .allMatch(dyad -> dyad.equals("RUSGOV->INDGOV") || dyad.equals("INDGOV->RUSGOV"));
  }

  @Test
  void aReportClosingTheSentenceClaimsEveryActInIt() {
    List<Event> events = TestingPipeline.code("Israel launched strikes against Iran on Friday, killing the head of the Revolutionary "
        + "Guards, Iranian state media said. Iran responded by firing more than 100 drones towards Israel, most of which were "
        + "intercepted, the Israeli military said.");

    assertThat(events).filteredOn(event -> event.sentenceIndex() == 0 && event.cameo().code().startsWith("18")).isNotEmpty()
        .allMatch(event -> event.mode().claimedBy() != null && event.mode().claimedBy().code().code().equals("IRNMED"));
    assertThat(first(events, "195").map(event -> event.mode().claimedBy().code().code())).contains("ISRMIL");
  }

  @Test
  void aCeremonyHostedByAPartyHostsThoseWhoAttendedIt() {
    List<Event> events = TestingPipeline.code("The leaders of Armenia and Azerbaijan signed an agreement on Friday at a White House "
        + "ceremony hosted by President Donald Trump.", LocalDate.of(2025, 8, 8));

    assertThat(events).filteredOn(event -> event.cameo().code().equals("043")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("USAGOV->ARMGOV", "USAGOV->AZEGOV");
  }

  @Test
  void welcomingAThingHostsNoVisit() {
    assertThat(TestingPipeline.code("Kenya welcomed the findings.")).filteredOn(event -> event.cameo().code().startsWith("04")).isEmpty();
    assertThat(first(TestingPipeline.code("Kenya's president welcomed the delegation."), "043")).isPresent();
  }

  @Test
  void twoCountriesNamedTogetherComeBeforeTheNearestActBetweenTwo() {
    List<Event> events = TestingPipeline.code("The leaders of Armenia and Azerbaijan signed a peace agreement on Friday. "
        + "The deal grants rights to a corridor. Aliyev thanked Trump. Pashinyan called it a milestone. "
        + "Russia, which has long mediated between the two countries, said it hoped for stability.", LocalDate.of(2025, 8, 8));

    assertThat(events).filteredOn(event -> event.cameo().code().equals("045")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("RUS->ARM", "RUS->AZE");
  }

  @Test
  void aFormerOfficeHolderTitledOppositionLeaderIsTheOpposition() {
    LocalDate day = LocalDate.of(2024, 6, 25);
    assertThat(first(TestingPipeline.code("Opposition leader Raila Odinga called on Ruto to withdraw the bill.", day), "02")
        .map(EventCoderTest::dyad)).contains("KENOPP->KENGOV");
    assertThat(first(TestingPipeline.code("Former prime minister Raila Odinga called on Ruto to withdraw the bill.", day), "02")
        .map(EventCoderTest::dyad)).contains("KENELI->KENGOV");
  }

  @Test
  void aSecondReportedClausesPossessiveIsTheSpeakersAndOnePersonNoBody() {
    List<Event> events = TestingPipeline.code("Hezbollah fired rockets at Israeli positions. The Israeli military said most of the "
        + "rockets were intercepted and that its jets had struck Hezbollah targets. Hezbollah said the commander, Mohammed "
        + "Nasser, had been killed in a strike.");

    assertThat(events).filteredOn(event -> event.sentenceIndex() == 1 && event.cameo().code().startsWith("19"))
        .extracting(event -> event.source().code().code()).containsExactly("ISRMIL");
    assertThat(events).filteredOn(event -> event.sentenceIndex() == 2)
        .noneMatch(event -> event.targetActor().map(actor -> actor.code().code().equals("ISRMIL")).orElse(false));
  }

  @Test
  void theTwoGovernmentsAreTheGovernmentsOfThePair() {
    List<Event> events = TestingPipeline.code("Venezuela had accused Colombian soldiers of violating its sovereignty. "
        + "The two governments agreed to set up a joint commission.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("030")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("VENGOV->COLGOV", "COLGOV->VENGOV");
  }

  @Test
  void anOfficeNamedBeforeAReligiouslyTitledNameIsTheOffice() {
    List<Event> events = TestingPipeline.code("Pakistani Defence Minister Khawaja Asif and his Afghan counterpart, Mullah Mohammad "
        + "Yaqoob, signed the agreement.", LocalDate.of(2025, 10, 19));

    assertThat(events).filteredOn(event -> event.cameo().code().equals("057")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("PAKGOV->AFGGOV", "AFGGOV->PAKGOV");
  }

  @Test
  void aSpiritualLeaderIsReligiousNotTheGovernment() {
    List<Event> events = TestingPipeline.code("Syrian government forces entered Sweida. Druze spiritual leader Hikmat al-Hijri "
        + "rejected the truce.", LocalDate.of(2025, 7, 15));

    assertThat(first(events, "12").map(event -> event.source().code().role())).contains("REL");
  }

  @Test
  void aNationalityWordOnARegionSaysWhosePartOfItIsMeant() {
    Event strike = first(TestingPipeline.code("India launched missile strikes on sites in Pakistani Kashmir on Wednesday."), "19").orElseThrow();
    Event shelling = first(TestingPipeline.code("Pakistani troops shelled villages in Indian Kashmir."), "19").orElseThrow();

    assertThat(strike.target().code().code()).isEqualTo("PAK");
    assertThat(strike.location().country()).isEqualTo("PAK");
    assertThat(shelling.location().country()).isEqualTo("IND");
  }

  @Test
  void aRelativeClauseOfTheAccusedsObjectNamesItsOwnDoers() {
    List<Event> events = TestingPipeline.code("Pakistan accused Kabul of sheltering militants who attack Pakistani soldiers.");
    Event attack = first(events, "19").orElseThrow();

    assertThat(attack.source().code().code()).as("the militants, not Kabul").isEqualTo("---REB");
    assertThat(attack.mode().claimedBy().code().code()).isEqualTo("PAK");
  }

  @Test
  void whoeverSurvivesAnAttackDidNotCarryItOut() {
    List<Event> events = TestingPipeline.code("Hamas said its negotiators survived the attack, which killed five members of the group.");
    Event carried = first(TestingPipeline.code("Its forces carried out a drone strike that killed several Sudanese soldiers."), "1")
        .orElseThrow();

    assertThat(events).noneMatch(event -> event.cameo().code().startsWith("18") && event.source().code().code().equals("PSEREB"));
    assertThat(carried.source().text()).isEqualTo("Its forces");
  }

  @Test
  void anOrganisationNamedOnAnAgentIsNotDisplacedByItsMisparsedPhrase() {
    Event accusation = first(TestingPipeline.code("The Houthis accused U.N. workers of spying for Israel.", LocalDate.of(2025, 8, 31)), "112")
        .orElseThrow();

    assertThat(accusation.target().code().code()).isEqualTo("UNO");
  }

  @Test
  void talksHostedByAThirdPartyHostThoseWhoMet() {
    Event hosting = first(TestingPipeline.code("Russian and Ukrainian delegations met in Istanbul for direct talks hosted by Turkey."), "043")
        .orElseThrow();

    assertThat(hosting.source().code().code()).isEqualTo("TUR");
    assertThat(hosting.target().code().country()).isIn("RUS", "UKR");
  }

  @Test
  void aGovernmentReportingAidToItsRebelsClaimsIt() {
    Event arming = first(TestingPipeline.code("Ethiopia said Eritrea was arming rebel groups in the Amhara region."), "07").orElseThrow();

    assertThat(arming.mode().claimedBy()).isNotNull();
    assertThat(arming.mode().claimedBy().code().code()).isEqualTo("ETH");
  }

  @Test
  void theAgencyIsTheAgencyNamedJustBefore() {
    List<Event> watchdog = TestingPipeline.code(
        "Iran suspended cooperation with the International Atomic Energy Agency. Iran accused the agency of spying for Israel.");
    List<Event> spies = TestingPipeline.code(
        "The Central Intelligence Agency said Russia was behind the hack. Moscow accused the agency of lying.");

    assertThat(first(watchdog, "112").orElseThrow().target().code().code()).isEqualTo("IAEA");
    assertThat(first(spies, "112").orElseThrow().target().code().code()).isEqualTo("USASPY");
  }

  @Test
  void anOpenQuestionAnnouncesNoIntent() {
    List<Event> events = TestingPipeline.code("It was not clear whether Colombia and the United States would hold talks to ease the dispute.");

    assertThat(events).noneMatch(event -> event.cameo().code().startsWith("03"));
    assertThat(events).allMatch(event -> event.mode().hypothetical());
  }

  @Test
  void aClauseThatSaysWhenIsNotNegatedByTheClauseItHangsOn() {
    List<Event> events = TestingPipeline.code(
        "Nigeria rejected accusations that it was failing to protect Christians, after Trump threatened to cut off all aid to Nigeria.");
    Event threat = first(events, "13").orElseThrow();

    assertThat(threat.mode().negated()).isFalse();
  }

  @Test
  void whenAChargeWasMadeIsNotWhatItCharges() {
    List<Event> events = TestingPipeline.code(
        "Tanzania charged opposition leader Tundu Lissu with treason on Thursday, a day after he was arrested.");

    assertThat(events).extracting(event -> event.cameo().code()).containsExactly("173");
    assertThat(events.get(0).source().code().code()).isEqualTo("TZA");
  }

  @Test
  void talksAnAgreementFollowedTookPlace() {
    List<Event> agreed = TestingPipeline.code("The United States and China agreed on Monday to slash tariffs after talks in Geneva.");
    List<Event> planned = TestingPipeline.code("Trump said he would meet Putin in Budapest after talks between their advisers.");

    assertThat(first(agreed, "04").orElseThrow().mode().hypothetical()).isFalse();
    assertThat(planned).filteredOn(event -> event.cameo().code().startsWith("04")).isNotEmpty()
        .allMatch(event -> event.mode().hypothetical());
  }

  @Test
  void aMeetingAfterTalksIsAMeetingOfItsOwn() {
    List<Event> events = TestingPipeline.code("Trump met Putin in Alaska after talks between their advisers.");

    assertThat(events).anyMatch(event -> event.cameo().code().equals("040") && event.target() != null
        && event.target().code().code().equals("RUSGOV"));
  }

  @Test
  void whatOneWasKeptFromDidNotHappenAndWasTheirs() {
    List<Event> events = TestingPipeline.code("Police blocked the protesters from storming the parliament in Tbilisi.");

    Event storming = first(events, "14").orElseThrow();
    assertThat(storming.mode().negated()).isTrue();
    assertThat(storming.source().text()).isEqualTo("protesters");
  }

  @Test
  void talksTakePlaceWhereTheyAreHeldNotWhereTheirSubjectComesFrom() {
    List<Event> events = TestingPipeline.code("Ukrainian and U.S. officials held talks in Geneva on Sunday on a U.S. plan to end the war.");

    Event talks = first(events, "046").orElseThrow();
    assertThat(talks.location().text()).isEqualTo("Geneva");
    assertThat(talks.location().country()).isEqualTo("CHE");
  }

  @Test
  void aPersonNamedByOneWordOfAnEarlierFullNameIsThatPerson() {
    List<Event> events = TestingPipeline.code("Cameroonian opposition candidate Issa Tchiroma Bakary rejected the result on Monday. "
        + "Tchiroma accused the government of stealing the vote.", java.time.LocalDate.of(2025, 10, 27));

    Event accusation = first(events, "112").orElseThrow();
    assertThat(accusation.source().code().code()).isEqualTo("CMROPP");
  }

  @Test
  void aDocumentARelativeClauseSignsIsSigned() {
    List<Event> events = TestingPipeline.code(
        "The accord, which Thailand and Cambodia signed in Kuala Lumpur last month, called for the withdrawal of heavy weapons.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("057"))
        .extracting(event -> event.source().code().code() + " " + event.target().code().code())
        .containsExactlyInAnyOrder("THA KHM", "KHM THA");
  }

  @Test
  void anEventThatSaysWhenIsNeitherDeniedNorRetold() {
    List<Event> named = TestingPipeline.code("The Kremlin did not comment after talks between Russian and Ukrainian delegations in Istanbul.");
    List<Event> bare = TestingPipeline.code("Sharaa did not speak to reporters after the meeting.");

    assertThat(named).filteredOn(event -> event.cameo().code().equals("046")).isNotEmpty()
        .allMatch(event -> !event.mode().negated());
    assertThat(bare).noneMatch(event -> event.cameo().code().startsWith("04"));
  }

  @Test
  void anOfficialOfNoCountryIsNotTheCompatriotOfAForeignEnvoy() {
    List<Event> events = TestingPipeline.code("China summoned Japan's ambassador on Friday. "
        + "Vice Foreign Minister Sun Weidong lodged stern representations with the ambassador.");

    Event protest = events.stream().filter(event -> event.sentenceIndex() == 1 && event.cameo().code().equals("114"))
        .findFirst().orElseThrow();
    assertThat(protest.source().code().country()).isNotEqualTo("JPN");
    assertThat(protest.target().code().code()).isEqualTo("JPNGOV");
  }

  @Test
  void whatIsDoneToTheDoersOwnActIsNotAimedAtTheDoer() {
    List<Event> events = TestingPipeline.code("Former President Rodrigo Duterte questioned the legality of his arrest.",
        java.time.LocalDate.of(2025, 3, 11));

    Event questioned = first(events, "11").orElseThrow();
    assertThat(questioned.target()).isNull();
  }

  @Test
  void whoImposesSanctionsAccusingSomeoneAccusesThePersonNamed() {
    List<Event> events = TestingPipeline.code("The United States imposed sanctions on Georgian billionaire Bidzina Ivanishvili, "
        + "founder of the ruling Georgian Dream party, accusing him of undermining democracy.", java.time.LocalDate.of(2024, 12, 27));

    Event accusation = first(events, "112").orElseThrow();
    assertThat(accusation.source().code().code()).isEqualTo("USA");
    assertThat(accusation.target().code().code()).isEqualTo("GEOELI");
  }

  @Test
  void aClauseThatSaysWhenInAnAccusationNamesItsOwnDoers() {
    List<Event> events = TestingPipeline.code(
        "Evo Morales accused President Luis Arce of trying to kill him after gunmen fired at his car last week.",
        java.time.LocalDate.of(2024, 11, 1));

    Event shooting = events.stream().filter(event -> event.trigger().text().equals("fired")).findFirst().orElseThrow();
    assertThat(shooting.source().code().code()).isNotEqualTo("BOLGOV");
  }

  @Test
  void forcesOfNoCountryThatAStateReportsActingAgainstAnotherAreItsOwn() {
    List<Event> events = TestingPipeline.code("The Russian defence ministry said air defence units had destroyed 95 Ukrainian drones overnight.");

    Event downed = first(events, "19").orElseThrow();
    assertThat(downed.source().code().code()).isEqualTo("RUSMIL");
    assertThat(downed.target().code().country()).isEqualTo("UKR");
  }

  @Test
  void aChargeTheAccusedDeniedIsTheWritersAndADenial() {
    List<Event> events = TestingPipeline.code("Thai officials accused Cambodia of laying new mines, a charge Phnom Penh denied.");

    Event denial = first(events, "016").orElseThrow();
    assertThat(denial.source().code().country()).isEqualTo("KHM");
    assertThat(denial.mode().claimedBy()).isNull();
  }

  @Test
  void aPastVerbAfterAReportedProgressiveIsTheSpeakers() {
    List<Event> events = TestingPipeline.code(
        "Serbian President Aleksandar Vucic said Kosovo was trying to provoke a conflict and called on NATO peacekeepers to protect Serbs.");

    Event appeal = first(events, "02").orElseThrow();
    assertThat(appeal.source().code().code()).isEqualTo("SRBGOV");
    assertThat(appeal.mode().hypothetical()).isFalse();
  }

  @Test
  void militaryAidAnnouncedIsAnIntentToProvideMilitaryAid() {
    List<Event> events = TestingPipeline.code("Germany announced that it would deliver two more Patriot systems to Ukraine within months.");

    assertThat(events).extracting(event -> event.cameo().code()).contains("0332");
  }

  @Test
  void aSpokesmanTitledByAGroupSpeaksForTheGroupAndAnotherFirstNameIsAnotherPerson() {
    List<Event> events = TestingPipeline.code("Hamas spokesman Hazem Qassem vowed to continue attacks on Israel until it stopped its war in Gaza.",
        java.time.LocalDate.of(2025, 5, 6));

    Event threat = first(events, "13").orElseThrow();
    assertThat(threat.source().code().code()).isEqualTo("PSEREB");
    assertThat(threat.target().code().code()).isEqualTo("ISR");
  }

  @Test
  void whoSecuresAReleaseDoesNotRelease() {
    List<Event> events = TestingPipeline.code("Egypt and Qatar hosted talks on Tuesday, aiming to secure the release of hostages.");

    assertThat(events).noneMatch(event -> event.cameo().code().startsWith("084") || event.cameo().code().startsWith("035"));
  }

  @Test
  void aGerundAfterACommaCanDrawCriticism() {
    List<Event> events = TestingPipeline.code("Germany suspended exports of weapons to Israel, drawing criticism from Netanyahu.",
        java.time.LocalDate.of(2025, 8, 8));

    assertThat(events).extracting(event -> event.cameo().code() + " " + event.source().code().code()
        + " " + (event.target() == null ? "-" : event.target().code().code())).contains("1622 DEU ISR", "111 ISRGOV DEU");
  }

  @Test
  void whoExpelsDiplomatsAccusingThemAccusesTheirCountry() {
    List<Event> events = TestingPipeline.code("Russia expelled two British diplomats, accusing them of spying.");

    assertThat(events).extracting(event -> event.cameo().code().substring(0, 2) + " " + event.source().code().code() + " "
        + (event.target() == null ? "-" : event.target().code().code())).contains("16 RUS GBRGOV", "11 RUS GBRGOV");
  }

  @Test
  void supportersOfAJuntaAreItsPeople() {
    List<Event> events = TestingPipeline.code("Thousands of supporters of Niger's military junta attacked the French embassy in Niamey.",
        java.time.LocalDate.of(2023, 7, 30));

    assertThat(first(events, "14").orElseThrow().source().code().code()).isEqualTo("NERCVL");
  }

  @Test
  void theNorthAndTheSouthOfAKoreaStoryAreTheTwoStates() {
    List<Event> events = TestingPipeline.code("North Korea fired a missile on Friday, South Korea's military said. "
        + "The South warned the North against further launches.");

    Event warning = events.stream().filter(event -> event.sentenceIndex() == 1).findFirst().orElseThrow();
    assertThat(warning.source().code().code()).isEqualTo("KOR");
    assertThat(warning.target().code().code()).isEqualTo("PRK");
  }

  @Test
  void aCondemnationOfTheAttackIsAimedAtTheAttackerToldBefore() {
    List<Event> events = TestingPipeline.code("An Israeli air strike on Beirut killed a senior Hezbollah commander on Sunday. "
        + "Lebanese President Joseph Aoun condemned the attack.");

    assertThat(first(events, "111")).get().extracting(EventCoderTest::dyad).isEqualTo("LBNGOV->ISR");
  }

  @Test
  void aChargeDeniedIsAnsweredToItsAccuser() {
    // Cambodia rejects a charge that was not aimed at it: no answer to Islamabad.
    List<Event> events = TestingPipeline.code(
        "Islamabad accused the Taliban of sheltering militants, a charge Kabul denies. Phnom Penh rejected the accusation.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("016")).extracting(EventCoderTest::dyad)
        .containsExactly("AFGGOV->PAKGOV", "KHMGOV->-");
  }

  @Test
  void anAnswerToAnActOfItsOwnSideHasNoTarget() {
    List<Event> events = TestingPipeline.code("Pakistani troops shelled border posts on Friday. Islamabad condemned the attack.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("11")).extracting(EventCoderTest::dyad)
        .containsExactly("PAKGOV->-");
  }

  @Test
  void theTwoSidesAreNotTheirMediators() {
    List<Event> events = TestingPipeline.code("Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and Turkey. "
        + "The two sides will meet in Istanbul next week.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("040")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("PAK->AFG", "AFG->PAK");
  }

  @Test
  void theGroupAccusedOfAnActIsTheGroupNamedBefore() {
    List<Event> events = TestingPipeline.code("Hamas has handed over the remains of 15 hostages. Israel accuses the group of stalling.");

    assertThat(first(events, "112")).get().extracting(EventCoderTest::dyad).isEqualTo("ISR->PSEREB");
  }

  @Test
  void aWarningToTheDoersOwnCitizensIsNoThreat() {
    List<Event> advice = TestingPipeline.code("China warned its citizens against travel to Japan on Friday.");
    List<Event> threat = TestingPipeline.code("China warned Japan against interfering in its internal affairs.");

    assertThat(advice).noneMatch(event -> event.cameo().root().equals("13"));
    assertThat(first(threat, "13")).get().extracting(EventCoderTest::dyad).isEqualTo("CHN->JPN");
  }

  @Test
  void aRelativePronounAsObjectIsTheNounItDescribes() {
    List<Event> events = TestingPipeline.code("The United Arab Emirates, which Khartoum accuses of arming the RSF, said it was appalled.");

    assertThat(first(events, "112")).get().extracting(EventCoderTest::dyad).isEqualTo("SDNGOV->ARE");
    Event arming = first(events, "07").orElseThrow();
    assertThat(dyad(arming)).isEqualTo("ARE->SDNREB");
    assertThat(arming.mode().claimant().map(actor -> actor.code().code())).contains("SDNGOV");
  }

  @Test
  void aClauseSetOffAboutANameIsTheWritersNotTheSpeakers() {
    List<Event> events = TestingPipeline.code("India has not said whether it would retaliate against Pakistan, which it attacked in May.");

    Event attack = events.stream().filter(event -> event.trigger().text().equals("attacked")).findFirst().orElseThrow();
    assertThat(dyad(attack)).isEqualTo("IND->PAK");
    assertThat(attack.mode().asserted()).isTrue();
  }

  @Test
  void theParamilitaryGroupIsTheGroupNamedBeforeNotTheBodyCoreferenceLinks() {
    List<Event> events = TestingPipeline.code("The United Nations Security Council condemned the Rapid Support Forces' assault on "
        + "El Fasher after the paramilitary group captured the city.");

    assertThat(first(events, "19")).get().extracting(event -> event.source().code().code()).isEqualTo("SDNREB");
  }

  @Test
  void whatTheAnswererCallsTheActOrASeizureReferBack() {
    List<Event> raid = TestingPipeline.code("Israeli forces raided a village in southern Syria, killing 13 people. "
        + "Syria's foreign ministry condemned what it called a war crime.");
    List<Event> seizure = TestingPipeline.code("Iran's Revolutionary Guards seized an oil tanker in the Strait of Hormuz. "
        + "The United States condemned the seizure.");

    assertThat(first(raid, "111")).get().extracting(EventCoderTest::dyad).isEqualTo("SYRGOV->ISRMIL");
    assertThat(first(seizure, "111")).get().extracting(EventCoderTest::dyad).isEqualTo("USA->IRNMIL");
  }

  @Test
  void someoneLinkedToAnArmedGroupActsForItAndAGroupIsWhereItIsBased() {
    List<Event> events = TestingPipeline.code("A doctor linked to the Pakistan-based militant group Jaish-e-Mohammed carried out "
        + "a car bomb attack near Delhi's Red Fort.");

    assertThat(first(events, "19")).get().extracting(event -> event.source().code().code()).isEqualTo("PAKREB");
  }

  @Test
  void anInfinitiveJoinedToWhatIsPlannedIsPlannedToo() {
    List<Event> events = TestingPipeline.code("Putin was ready to meet Zelenskiy, but only to sign a final peace agreement.");

    assertThat(first(events, "057")).get().extracting(event -> event.mode().hypothetical()).isEqualTo(true);
  }

  @Test
  void aThreatIsAimedAtWhoMustMeetItsConditionNotAtTheDoersOwnStrikes() {
    List<Event> events = TestingPipeline.code("Israel has threatened to escalate its strikes if Hezbollah is not disarmed.");

    assertThat(first(events, "13")).get().extracting(EventCoderTest::dyad).isEqualTo("ISR->LBNREB");
  }

  @Test
  void theTwoLeadersAreTheOnesWhoSpokeWithEachOtherWhereNoneMet() {
    List<Event> events = TestingPipeline.code("U.S. President Donald Trump spoke with Chinese President Xi Jinping on Monday. "
        + "The two leaders agreed to meet in Beijing in April.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("040") && event.mode().hypothetical())
        .extracting(EventCoderTest::dyad).containsExactlyInAnyOrder("USAGOV->CHNGOV", "CHNGOV->USAGOV");
  }

  @Test
  void whatAReactionSaysViolatesTheLawIsWhatItReactsTo() {
    List<Event> events = TestingPipeline.code("Japan's government condemned the launch, saying it violated U.N. Security Council resolutions.");

    assertThat(events).extracting(event -> event.cameo().code()).containsExactly("111");
  }

  @Test
  void anOppositionIsNoInternationalBodyACoreferenceChainJoinsItTo() {
    List<Event> events = TestingPipeline.code("The European Union urged the authorities in Tbilisi to show restraint. "
        + "The opposition said it would continue its demonstrations.");

    assertThat(events).filteredOn(event -> event.sentenceIndex() == 1).isNotEmpty()
        .allSatisfy(event -> assertThat(event.source().code().code()).isNotEqualTo("EUR"));
  }

  @Test
  void forcesALeaderOrdersAreHisCountrys() {
    List<Event> events = TestingPipeline.code("Prime Minister Benjamin Netanyahu ordered the military to carry out powerful strikes.");

    assertThat(first(events, "10")).get().extracting(EventCoderTest::dyad).isEqualTo("ISRGOV->ISRMIL");
  }

  @Test
  void theVictimsAnAttacksParticipleCountsAreOfTheForcesItHit() {
    List<Event> events = TestingPipeline.code("Militants fired on Israeli troops in Rafah, killing a soldier.");

    assertThat(first(events, "18")).get().extracting(event -> event.target().code().code()).isEqualTo("ISRMIL");
  }

  @Test
  void negotiatorsOfTwoCountriesWhoMetMetEachOther() {
    List<Event> events = TestingPipeline.code("U.S. and Ukrainian negotiators met in Geneva on Sunday.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("040"))
        .extracting(EventCoderTest::dyad).containsExactlyInAnyOrder("USAGOV->UKRGOV", "UKRGOV->USAGOV");
  }

  @Test
  void aWarningThatNamesAThreatOfForceIsOneThreat() {
    List<Event> events = TestingPipeline.code("Moscow has warned that it would retaliate against any seizure of its assets.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("13")).extracting(event -> event.cameo().code())
        .containsExactly("1384");
  }

  @Test
  void aVowThatSomethingWillNotHappenIsNoPromise() {
    List<Event> events = TestingPipeline.code("President Aleksandar Vucic vowed that the state would not give in to violence.");

    assertThat(events).noneMatch(event -> event.cameo().root().equals("03"));
  }

  @Test
  void anAttackNamedByItsWeaponTakesNoHomeCountry() {
    List<Event> events = TestingPipeline.code("The Sudanese army said it had retaken the town. Sudan's government said Sudanese "
        + "troops were advancing. A drone attack on a kindergarten in Sudan's South Kordofan killed at least 33 children.");

    assertThat(first(events, "18")).get().extracting(event -> event.source().code().country()).isEqualTo("");
  }

  @Test
  void failingToAgreeAloneIsAimedAtNoOneTheTopicNames() {
    List<Event> events = TestingPipeline.code("European Union leaders failed to agree on a plan to use frozen Russian assets.");

    assertThat(first(events, "12")).get().extracting(EventCoderTest::dyad).isEqualTo("EUR->-");
  }

  @Test
  void anAgreementSuspendedWithAPartyReducesRelationsWithIt() {
    List<Event> events = TestingPipeline.code("Thailand suspended a peace declaration with Cambodia on Monday.");

    assertThat(first(events, "16")).get().extracting(EventCoderTest::dyad).isEqualTo("THA->KHM");
  }

  @Test
  void aClauseOfTimeThatTheParserReadAsAPhraseHasItsDoers() {
    List<Event> events = TestingPipeline.code("The IAEA has had no access to the sites after Israel and the United States bombed "
        + "its nuclear sites.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("19")).extracting(event -> event.source().code().code())
        .containsExactlyInAnyOrder("ISR", "USA");
  }

  @Test
  void aStatesmansGroupIsNotTheStatesman() {
    List<Event> events = TestingPipeline.code("Syrian President Ahmed al-Sharaa, whose group once fought U.S. forces in Iraq, met Trump.");

    assertThat(events).noneMatch(event -> event.cameo().root().equals("19"));
    assertThat(first(events, "04")).get().extracting(EventCoderTest::dyad).isEqualTo("SYRGOV->USAGOV");
  }

  @Test
  void whatAnOfferProposesIsTheOfferersAct() {
    List<Event> events = TestingPipeline.code("Mexican President Claudia Sheinbaum rejected an offer by U.S. President Donald Trump "
        + "to send American troops to Mexico.");

    assertThat(first(events, "12")).get().extracting(EventCoderTest::dyad).isEqualTo("MEXGOV->USAGOV");
    assertThat(first(events, "15")).get().satisfies(send -> {
      assertThat(send.source().code().code()).isEqualTo("USAGOV");
      assertThat(send.mode().asserted()).isFalse();
    });
  }

  @Test
  void whatAGovernmentSaysItsOwnCountryMustDoAsksNoOne() {
    List<Event> events = TestingPipeline.code("Prime Minister Abiy Ahmed has said landlocked Ethiopia must gain access to the Red Sea.");

    assertThat(events).noneMatch(event -> event.cameo().root().equals("10"));
  }

  @Test
  void agentsOfNoStatedCountryAnAccusedHarmedAreTheAccusers() {
    List<Event> events = TestingPipeline.code("The Philippine coast guard accused China of firing water cannon at government vessels "
        + "near Scarborough Shoal.");

    assertThat(first(events, "17")).get().extracting(EventCoderTest::dyad).isEqualTo("CHN->PHLGOV");
  }

  @Test
  void aDayNamedInsideHoursOrARangeOfYearsDatesTheAct() {
    LocalDate published = LocalDate.of(2025, 11, 25);
    Event storming = first(TestingPipeline.code("Gunmen stormed the school in Maga town in the early hours of Nov. 17.", published), "19")
        .orElseThrow();
    List<Event> war = TestingPipeline.code("Ethiopia and Eritrea fought a border war from 1998 to 2000.", published);

    assertThat(storming.date()).isEqualTo("2025-11-17");
    assertThat(war).as("background of 25 years ago").isEmpty();
  }

  @Test
  void aFacilityDoesNothingItself() {
    List<Event> events = TestingPipeline.code("Smuggling balloons repeatedly forced Vilnius airport to suspend flights.");

    assertThat(events).noneMatch(event -> event.cameo().root().equals("16"));
  }

  @Test
  void aWarningJoinedToAnAccusationIsAimedAtTheAccused() {
    List<Event> events = TestingPipeline.code("North Korea accused South Korea of a serious provocation and warned that it would respond.");

    assertThat(first(events, "13")).get().extracting(EventCoderTest::dyad).isEqualTo("PRK->KOR");
  }

  @Test
  void anArmedGroupsThingsAreTheGroups() {
    List<Event> events = TestingPipeline.code("Israel has struck Hezbollah targets in southern Lebanon almost daily.");

    assertThat(first(events, "19")).get().extracting(EventCoderTest::dyad).isEqualTo("ISR->LBNREB");
  }

  @Test
  void policeBlockingRoadsJoinNoProtest() {
    List<Event> events = TestingPipeline.code("Kenyan police blocked roads into central Nairobi.");

    assertThat(events).noneMatch(event -> event.cameo().root().equals("14"));
  }

  @Test
  void theAccusedIsNotWhatTheChargeNames() {
    List<Event> events = TestingPipeline.code("Hezbollah leader Naim Qassem accused the Lebanese government of serving Israel's interests.");

    assertThat(first(events, "11")).get().extracting(EventCoderTest::dyad).isEqualTo("LBNREB->LBNGOV");
  }

  @Test
  void aPresentAccusationIsNotDatedByAPastThingItNames() {
    Event accusation = first(TestingPipeline.code("Serbian students accuse the government of negligence over the collapse of a roof in "
        + "Novi Sad in November.", LocalDate.of(2025, 3, 16)), "11").orElseThrow();

    assertThat(accusation.date()).isEqualTo("2025-03-16");
  }

  @Test
  void warningShotsShowForce() {
    List<Event> events = TestingPipeline.code("South Korean troops fired warning shots at North Korean soldiers.");

    assertThat(events).extracting(event -> event.cameo().code()).containsExactly("150");
  }

  @Test
  void dronesShotDownOverACountryHitNoOneThere() {
    List<Event> events = TestingPipeline.code("Polish and NATO jets shot down several drones over Poland overnight.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("19")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("POLMIL->-", "NATO->-");
  }

  @Test
  void aDemandForAReleaseIsAimedAtWhoeverHoldsThem() {
    List<Event> events = TestingPipeline.code("Yemen's Houthi movement has detained 20 more United Nations staff members in Sanaa. "
        + "Secretary-General Antonio Guterres demanded their immediate release.");

    assertThat(first(events, "10")).get().extracting(EventCoderTest::dyad).isEqualTo("UNO->YEMREB");
  }

  @Test
  void aTitledOfficialOfNoStatedCountryInAStoryFromACapitalIsThatGovernments() {
    List<Event> events = TestingPipeline.code("Vice Foreign Minister Sun Weidong demanded that Japan retract the remarks.");
    assertThat(first(events, "10")).get().extracting(event -> event.source().code().code()).isEqualTo("---GOV");

    assertThat(first(EventCoder.withCapitalsOfficials(events, "CHN"), "10")).get().extracting(EventCoderTest::dyad)
        .isEqualTo("CHNGOV->JPN");
    assertThat(first(EventCoder.withCapitalsOfficials(events, ""), "10")).get().extracting(EventCoderTest::dyad)
        .isEqualTo("---GOV->JPN");
  }

  @Test
  void aNameInARelativeClauseOfACoreferringPhraseIsNotThatPhrasesActor() {
    List<Event> events = TestingPipeline.code("Trump backs candidate. U.S. President Donald Trump, who endorsed Asfura before the "
        + "vote, warned of consequences if the count was manipulated.");

    assertThat(events).filteredOn(event -> event.trigger().text().equals("endorsed")).extracting(EventCoderTest::dyad)
        .containsExactly("USAGOV->-");
  }

  @Test
  void aRejectedClaimIsAimedAtWhoeverMadeIt() {
    List<Event> events = TestingPipeline.code("A spokesman for the Taliban government said Pakistani forces had attacked first. "
        + "Pakistan's information minister rejected the claim.");

    assertThat(events).filteredOn(event -> event.trigger().text().equals("rejected")).extracting(EventCoderTest::dyad)
        .containsExactly("PAKGOV->AFGGOV");
  }

  @Test
  void anAnsweredPardonOrMoveIsAimedAtItsAuthor() {
    List<Event> pardons = TestingPipeline.code("Serbian President Aleksandar Vucic pardoned 12 people convicted over "
        + "anti-government protests on Monday. Student leaders rejected the pardons.");
    assertThat(first(pardons, "056")).get().extracting(event -> event.source().code().code(), event -> event.target().code().role())
        .containsExactly("SRBGOV", "CVL");
    assertThat(first(pardons, "12")).get().extracting(event -> event.target().code().code()).isEqualTo("SRBGOV");
    assertThat(pardons).noneMatch(event -> event.cameo().code().equals("116"));

    List<Event> move = TestingPipeline.code("European Union governments agreed on Friday to keep Russian central bank assets "
        + "frozen. The Kremlin threatened to retaliate against European companies. Hungarian Prime Minister Viktor Orban "
        + "criticised the move.");
    assertThat(first(move, "111")).get().extracting(EventCoderTest::dyad).isEqualTo("HUNGOV->EUR");
  }

  @Test
  void civiliansAForeignArmyIsAccusedOfAttackingAreTheAccusersOwn() {
    List<Event> events = TestingPipeline.code("Cambodia's defence ministry accused Thailand of attacking civilian areas.");

    assertThat(first(events, "19")).get().extracting(EventCoderTest::dyad).isEqualTo("THA->KHMCVL");
  }

  @Test
  void whatASpeakerSaysOfAnActsObjectMakesNoClaimOfTheAct() {
    List<Event> events = TestingPipeline.code("The U.S. military has carried out more than 20 strikes on boats it says were "
        + "carrying drugs, killing more than 80 people.");

    assertThat(first(events, "19")).get().satisfies(event -> assertThat(event.mode().asserted()).isTrue());
    assertThat(first(events, "18")).get().extracting(event -> event.source().code().code()).isEqualTo("USAMIL");
  }

  @Test
  void domesticAgentsInAStoryOfTwoCountriesTakeTheDatelinesWhereItIsMentionedMost() {
    List<Event> events = TestingPipeline.code("Belarus freed 52 prisoners on Thursday. Lukashenko met U.S. envoy John Coale. "
        + "Washington will ease sanctions on Belarus. Trump thanked Lukashenko. Trump praised Coale. Police detained two protesters.");
    assertThat(first(EventCoder.withHomeCountry(events, ""), "173")).get().extracting(EventCoderTest::dyad)
        .isEqualTo("---COP->---CVL");

    assertThat(first(EventCoder.withHomeCountry(events, "BLR"), "173")).get().extracting(EventCoderTest::dyad)
        .isEqualTo("BLRCOP->BLRCVL");
    // Filed from the other country, mentioned less, it decides nothing.
    assertThat(first(EventCoder.withHomeCountry(events, "LTU"), "173")).get().extracting(EventCoderTest::dyad)
        .isEqualTo("---COP->---CVL");
  }

  @Test
  void aMeetingThatTellsWhenAnotherActHappenedIsItsNamedEnvoys() {
    List<Event> events = TestingPipeline.code("Venezuela frees six Americans after envoy visit.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("04")).noneMatch(event -> event.source().code().country().equals("VEN"));

    // Where the meeting was held names no doer of it.
    List<Event> venue = TestingPipeline.code("Afghanistan and Pakistan agree to ceasefire after Doha talks.");
    assertThat(venue).filteredOn(event -> event.cameo().root().equals("04")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("AFG->PAK", "PAK->AFG");
  }

  @Test
  void whatOneIsWarnedAgainstDoingIsNotDone() {
    List<Event> events = TestingPipeline.code("Beijing has warned its citizens against travelling to Japan.");

    assertThat(events).filteredOn(event -> event.cameo().root().equals("04")).allMatch(event -> event.mode().negated());
  }

  @Test
  void aParticipleOfSayingSpeaksForTheSentencesSubject() {
    List<Event> events = TestingPipeline.code("Israel has kept up near-daily strikes in Lebanon despite a ceasefire agreed a year "
        + "ago, saying it is targeting Hezbollah's attempts to rearm.");

    assertThat(events).filteredOn(event -> event.trigger().text().equals("targeting")).extracting(event -> event.source().code().code())
        .containsExactly("ISR");
  }

  @Test
  void anOppositionAnswersTheStatesActs() {
    List<Event> events = TestingPipeline.code("Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday. "
        + "The Republican People's Party called the detention a coup against the next president.");

    assertThat(first(events, "111")).get().extracting(event -> event.target().code().code()).isEqualTo("TURCOP");
  }

  @Test
  void aHyphenedOwnerSaysWhoseAShipOrForceIs() {
    List<Event> events = TestingPipeline.code("Houthi militants fired missiles at a British-owned cargo ship. "
        + "The Saudi-led coalition struck the port of Hodeidah.");

    assertThat(events).filteredOn(event -> event.trigger().text().equals("fired")).extracting(EventCoderTest::dyad)
        .containsExactly("YEMREB->GBR");
    assertThat(events).filteredOn(event -> event.trigger().text().equals("struck")).extracting(event -> event.source().code().country())
        .containsExactly("SAU");
  }

  @Test
  void anAnswerToAnAttackPrefersTheOneThatHitTheAnswerer() {
    List<Event> events = TestingPipeline.code("Houthi militants fired missiles at a British-owned cargo ship. "
        + "The U.S. military said it had shot down two Houthi drones. British Foreign Secretary David Cameron condemned the attack.");

    assertThat(first(events, "111")).get().extracting(EventCoderTest::dyad).isEqualTo("GBRGOV->YEMREB");
  }

  @Test
  void anObjectPronounAfterAKnownLeaderTaggedAsAPlaceIsThatLeader() {
    List<Event> events = TestingPipeline.code("The U.S. Treasury imposed sanctions on Petro in October, accusing him of allowing "
        + "drug cartels to flourish.");

    assertThat(first(events, "112")).get().extracting(EventCoderTest::dyad).isEqualTo("USAGOV->COLGOV");
  }

  @Test
  void rejectedWarrantsAreAimedAtTheCourtThatIssuedThem() {
    List<Event> events = TestingPipeline.code("The International Criminal Court issued arrest warrants for Taliban leader "
        + "Haibatullah Akhundzada. The Taliban government rejected the warrants.");

    assertThat(first(events, "12")).get().extracting(EventCoderTest::dyad).isEqualTo("AFGGOV->ICC");
  }

  @Test
  void aRaidThatCoreferenceGaveAPlaceIsStillAnsweredAsTheRaidersAct() {
    List<Event> events = TestingPipeline.code("Israeli forces kill three Palestinians in West Bank raid. Israeli forces killed three "
        + "Palestinians during a raid in the West Bank city of Jenin on Friday. The Palestinian Authority condemned the raid.");

    assertThat(first(events, "111")).get().extracting(EventCoderTest::dyad).isEqualTo("PSEGOV->ISRMIL");
  }

  @Test
  void bothSidesAreNotThePairOfAClauseThatOnlyTellsWhen() {
    List<Event> events = TestingPipeline.code("Iranian officials held talks with diplomats from Britain, France and Germany in "
        + "Istanbul on Friday, the first such meeting since Israel and the United States bombed Iran's nuclear sites in June. "
        + "Iran's deputy foreign minister said both sides had agreed to meet again.");

    assertThat(events).filteredOn(event -> event.sentenceIndex() == 1)
        .noneMatch(event -> event.source().code().country().equals("ISR") || event.source().code().country().equals("USA"));
  }

  @Test
  void anOfficeIsItsOwnersNotItsCitys() {
    List<Event> events = TestingPipeline.code("Azerbaijani police raided the Baku office of Russian state news agency Sputnik.");

    assertThat(first(events, "170")).get().extracting(EventCoderTest::dyad).isEqualTo("AZECOP->RUSMED");
  }

  @Test
  void whoOrdersAnotherToLeaveIsWhoAccusesThem() {
    List<Event> events = TestingPipeline.code("Niger's military rulers ordered the French ambassador to leave the country within "
        + "48 hours, accusing him of ignoring an invitation.");

    assertThat(first(events, "112")).get().extracting(event -> event.source().code().country(), event -> event.target().code().code())
        .containsExactly("NER", "FRAGOV");
  }

  @Test
  void itsOnAnObjectIsTheClausesNamedSubjectsAndALaunchIsAnswered() {
    List<Event> events = TestingPipeline.code("North Korea fired several ballistic missiles towards its northeast on Wednesday, "
        + "South Korea's military said. South Korea's presidential office condemned the launch.");

    assertThat(first(events, "195")).get().extracting(EventCoderTest::dyad).isEqualTo("PRK->-");
    assertThat(first(events, "111")).get().extracting(event -> event.target().code().code()).isEqualTo("PRK");
  }

  @Test
  void whatAStateTellsItsCitizensToDoIsAdviceAndWhatItTellsAnotherStateADemand() {
    assertThat(TestingPipeline.code("China tells citizens to avoid Japan.")).noneMatch(event -> event.cameo().root().equals("10"));

    assertThat(first(TestingPipeline.code("Trump told Israel to stop bombing Gaza."), "100")).get().extracting(EventCoderTest::dyad)
        .isEqualTo("USAGOV->ISR");
  }

  @Test
  void anAcronymTheStoryIntroducesAsACountrysCompanyIsThatCompany() {
    List<Event> events = TestingPipeline.code("U.S. sanctions on Serbia's oil company NIS came into force on Thursday. "
        + "The Kremlin said it would continue to support NIS.");

    assertThat(first(events, "051")).get().extracting(EventCoderTest::dyad).isEqualTo("RUSGOV->SRBBUS");
  }

  @Test
  void aStateProtestsInWords() {
    List<Event> events = TestingPipeline.code("China protested the remarks by the Japanese prime minister.");

    assertThat(events).extracting(event -> event.cameo().code()).containsExactly("114");
  }

  @Test
  void aMonthNamedWithoutItsYearIsTheLastSuchMonthInThePast() {
    LocalDate published = LocalDate.of(2025, 12, 3);
    Event strike = first(TestingPipeline.code("Israel and the United States bombed Iran's nuclear sites in June.", published), "19").orElseThrow();
    Event vote = first(TestingPipeline.code("Guinea-Bissau will hold talks with ECOWAS in March.", published), "04").orElseThrow();

    assertThat(strike.date()).isEqualTo("2025-06");
    assertThat(vote.date()).isEqualTo("2026-03");
  }

  @Test
  void anInfinitiveOfAFutureTripIsDatedForward() {
    Event meeting = first(TestingPipeline.code("President Felix Tshisekedi will travel to Washington to meet President Paul Kagame "
        + "on Thursday.", LocalDate.of(2025, 12, 3)), "04").orElseThrow();

    assertThat(meeting.date()).isEqualTo("2025-12-04");
  }

  @Test
  void eachSideAccusedTheOther() {
    List<Event> events = TestingPipeline.code(
        "India and Pakistan agreed to an immediate ceasefire on Saturday. Hours later, each side accused the other of violating the truce.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("112")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("IND->PAK", "PAK->IND");
  }

  @Test
  void theTwoNeighboursAreTheCoupleNamedFurtherBackAndTheirWeaponsNoParty() {
    List<Event> events = TestingPipeline.code("India and Pakistan traded accusations on Monday. "
        + "Officials in New Delhi gave no details. The military said the damage was limited. Residents fled the area. "
        + "The two nuclear-armed neighbours exchanged heavy artillery fire along the Line of Control overnight.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("193")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("IND->PAK", "PAK->IND");
  }

  @Test
  void anArmedGroupsPositionsAreTheGroup() {
    Event attack = first(TestingPipeline.code("Local militia attacked M23 positions near Walikale."), "19").orElseThrow();

    assertThat(attack.targetActor().map(actor -> actor.code().code())).contains("CODREB");
  }

  @Test
  void aMeetingAfterWhichSomethingHappenedIsTheDoersMeeting() {
    List<Event> events = TestingPipeline.code(
        "Venezuelan President Nicolas Maduro released six detained Americans after meeting U.S. special envoy Richard Grenell in Caracas.",
        LocalDate.of(2025, 1, 31));

    assertThat(first(events, "04").map(EventCoderTest::dyad)).contains("VENGOV->USAGOV");
  }

  @Test
  void strikesThatKilledAreOneActTheKilling() {
    List<Event> events = TestingPipeline.code("Russian missile strikes killed 12 civilians in Kharkiv on Sunday.");

    assertThat(events).extracting(event -> event.cameo().code()).containsExactly("180");
  }

  @Test
  void anActThatHitNobodyIsNegated() {
    List<Event> events = TestingPipeline.code("A U.S. official said the Houthi missiles fell short and that no American vessel had been hit. "
        + "Russian drones killed no civilians in Odesa.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("1") || event.cameo().code().startsWith("2"))
        .isNotEmpty().allMatch(event -> event.mode().negated());
  }

  @Test
  void aSecondThatClauseIsReportedToo() {
    Event attack = first(TestingPipeline.code(
        "A U.S. official said the missiles fell short and that the Houthis had attacked a ship."), "19").orElseThrow();

    assertThat(attack.mode().claimant().map(actor -> actor.code().code())).contains("USAGOV");
  }

  @Test
  void theMainVerbAfterARelativeClauseIsCoded() {
    List<Event> events = TestingPipeline.code("Saudi Arabia, which fought the Houthis for years before a truce in 2022, called for restraint.");

    assertThat(first(events, "025").map(EventCoderTest::dyad)).contains("SAU->-");
  }

  @Test
  void theBlocIsTheInternationalOrganisationNamedBefore() {
    List<Event> events = TestingPipeline.code("European Union governments approved new sanctions against Russia on Tuesday. "
        + "Britain announced its own sanctions the same day. The Kremlin said the measures were illegal. "
        + "The bloc also agreed to lift economic sanctions on Syria.");

    assertThat(first(events, "03").map(EventCoderTest::dyad)).contains("EUR->SYR");
  }

  @Test
  void sanctionsTargetingTankersAreNoAttackEvenWhenTheParserHangsTheParticipleLow() {
    List<Event> events = TestingPipeline.code("European Union governments approved a 17th package of sanctions against Russia on Tuesday "
        + "after Hungary dropped its objections, targeting nearly 200 vessels of Moscow's shadow fleet.");

    assertThat(events).extracting(event -> event.cameo().code()).containsExactly("163");
  }

  @Test
  void anOrderAfterAnAccusationIsTheAccusersOwnAct() {
    List<Event> events = TestingPipeline.code(
        "Kenya's interior minister accused the protesters of attempting a coup and ordered television stations to stop live coverage.");

    Event order = first(events, "172").orElseThrow();
    assertThat(order.source().code().code()).isEqualTo("KENGOV");
    assertThat(order.mode().claimant()).isEmpty();
  }

  @Test
  void aJointStatementUrgingRestraintIsItsIssuersAppeal() {
    List<Event> events = TestingPipeline.code(
        "The United States, Britain and Germany issued a joint statement urging restraint and calling for investigations into the deaths.");

    assertThat(events).filteredOn(event -> event.cameo().code().equals("0256")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("USA->-", "GBR->-", "DEU->-");
  }

  @Test
  void aSeaNamedAfterACountryIsNotInIt() {
    Event exercise = first(TestingPipeline.code(
        "The Philippines held joint naval exercises with Japan in the South China Sea on Monday."), "06").orElseThrow();

    assertThat(exercise.location() == null ? "" : exercise.location().country()).isNotEqualTo("CHN");
    assertThat(dyad(exercise)).isEqualTo("PHL->JPN");
  }

  @Test
  void anAmbassadorAfterACountrysNameIsItsGovernment() {
    Event summons = first(TestingPipeline.code("Russia summoned the U.S. ambassador on Monday."), "11").orElseThrow();

    assertThat(dyad(summons)).isEqualTo("RUS->USAGOV");
  }

  @Test
  void leadersOfTwoCountriesNamedBeforeThemAreBothParties() {
    List<Event> events = TestingPipeline.code("The Indian prime minister met Kenyan and Ugandan leaders in Nairobi.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("04")).extracting(event -> event.targetActor()
        .map(actor -> actor.code().country()).orElse("-")).contains("KEN", "UGA");
  }

  @Test
  void aLaterMentionDoesNotNameAnEarlierPhrase() {
    List<Event> events = TestingPipeline.code("The foreign ministry summoned the U.S. ambassador on Wednesday. "
        + "Taiwan's defence ministry said it had detected 21 Chinese military aircraft. "
        + "Taiwan's defence ministry condemned the drills.");

    assertThat(first(events, "11").orElseThrow().source().code().country()).isNotEqualTo("TWN");
  }

  @Test
  void aPlanAClauseDescribesIsNobodysAnnouncedIntent() {
    List<Event> events = TestingPipeline.code("The cabinet approved the deal, after which Israeli troops would withdraw to an agreed line.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("03")).isEmpty();
    assertThat(first(events, "087").map(event -> event.mode().hypothetical())).contains(true);
  }

  @Test
  void officialAsAnAdjectiveNamesNoOfficials() {
    Event boycott = first(TestingPipeline.code("The Palestinian Authority will boycott all official contact with the United States."), "13")
        .orElseThrow();

    assertThat(dyad(boycott)).isEqualTo("PSEGOV->USA");
  }

  @Test
  void aConjunctWithItsOwnSubjectAndTenseKeepsItsOwnMode() {
    Event tariffs = first(TestingPipeline.code(
        "Rubio said Washington would respond, and the United States has already imposed tariffs on Brazilian goods."), "16")
        .orElseThrow();
    Event shared = first(TestingPipeline.code("Russia would resume talks and withdraw its troops from the border."), "087").orElseThrow();

    assertThat(tariffs.mode().hypothetical()).isFalse();
    assertThat(shared.mode().hypothetical()).as("a conjunct sharing the subject shares the modal").isTrue();
  }

  @Test
  void coordinatedSpeakersAnnounceTheirOwnActs() {
    List<Event> events = TestingPipeline.code("Britain, France and Germany said they had imposed new sanctions on Iranian airlines.");

    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("16")).extracting(EventCoderTest::dyad)
        .containsExactlyInAnyOrder("GBR->IRNBUS", "FRA->IRNBUS", "DEU->IRNBUS");
    assertThat(events).filteredOn(event -> event.cameo().code().startsWith("16")).allMatch(event -> event.mode().asserted());
  }
}
