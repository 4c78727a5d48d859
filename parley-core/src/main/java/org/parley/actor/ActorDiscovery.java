package org.parley.actor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.AnnotatedSentence;
import org.parley.nlp.CorefChain;
import org.parley.nlp.DependencyTree;
import org.parley.nlp.Mention;
import org.parley.nlp.Token;

/**
 * Finds the people and organisations an article names that no actor table knows, merges each one's mentions (the
 * same name, a surname after the full name, coreference) and gathers clues to its code from titles, nationality
 * words, words inside an organisation's name, coreferent descriptions and the countries its sentences name.
 * Thread-safe.
 */
public final class ActorDiscovery {
  private static final Set<String> SKIPPED_IN_PHRASES = Set.of("DT", "POS", "PRP$", "CC", "IN", "TO", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH");
  /** Entity tags of the words that can place a name in a country: "in Nairobi", "Kenyan", "Kenya". */
  private static final Set<String> PLACE_ENTITIES = Set.of("COUNTRY", "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "MISC");
  private static final Set<String> LOCATION_MARKERS = Set.of("in", "at", "from");
  private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "\u2013", "\u2014", "(");
  private static final Set<String> NAME_JOINERS = Set.of("of", "the", "for", "and", "de", "la", "al", "el", "bin", "van", "von");

  private final ActorResolver resolver;
  private final ActorTables tables;
  /** Every word of every agent phrase: "foreign" from "foreign minister". */
  private final Set<String> agentWords = new HashSet<>();

  public ActorDiscovery(ActorResolver resolver) {
    this.resolver = requireNonNull(resolver, "resolver is null");
    this.tables = resolver.tables();
    for (String phrase : tables.agentPhrases()) {
      agentWords.addAll(List.of(phrase.split(" ")));
    }
  }

  /** A named-entity span: tokens [begin, end) of one sentence. */
  private record Named(int sentence, int begin, int end, int head, ActorKind kind, String text) {
    Set<String> words() {
      Set<String> words = new HashSet<>();
      for (String word : text.split("\\s+")) {
        words.add(NameKey.of(word));
      }
      return words;
    }

    int length() {
      return end - begin;
    }

    boolean overlaps(Mention mention) {
      return mention.sentence() == sentence && mention.begin() < end && begin < mention.end();
    }
  }

  /** The actors this article names that no table knows, in the order first named. */
  public List<UnresolvedActor> unresolved(AnnotatedArticle article) {
    List<DependencyTree> trees = new ArrayList<>();
    for (AnnotatedSentence sentence : article.sentences()) {
      trees.add(DependencyTree.of(sentence));
    }
    ActorContext context = new ActorContext(article, trees);
    List<Named> names = namedEntities(trees);
    int[] group = new int[names.size()];
    for (int i = 0; i < group.length; i++) {
      group[i] = i;
    }
    joinSameNames(names, group);
    joinThroughCoreference(names, group, context);
    joinSurnames(names, group);

    Map<Integer, List<Named>> groups = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      groups.computeIfAbsent(root(group, i), key -> new ArrayList<>()).add(names.get(i));
    }
    LocalDate date = context.date();
    List<UnresolvedActor> found = new ArrayList<>();
    for (List<Named> members : groups.values()) {
      Named fullest = members.get(0);
      for (Named member : members) {
        if (member.length() > fullest.length()) {
          fullest = member;
        }
      }
      if (known(trees.get(fullest.sentence()), fullest, date) || description(trees.get(fullest.sentence()), fullest)) {
        continue;
      }
      found.add(finding(fullest, members, context));
    }
    return found;
  }

  private UnresolvedActor finding(Named fullest, List<Named> members, ActorContext context) {
    Set<String> keys = new HashSet<>(Set.of(NameKey.of(fullest.text())));
    List<String> aliases = new ArrayList<>();
    List<String> examples = new ArrayList<>();
    examples.add(example(context.tree(fullest.sentence())));
    List<CodeClue> clues = new ArrayList<>();
    Set<CorefChain> chains = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Named member : members) {
      if (keys.add(NameKey.of(member.text()))) {
        aliases.add(member.text());
      }
      String example = example(context.tree(member.sentence()));
      if (!examples.contains(example)) {
        examples.add(example);
      }
      clues.addAll(contextClues(context.tree(member.sentence()), member));
      context.chain(member.sentence(), member.head()).ifPresent(chains::add);
    }
    for (CorefChain chain : chains) {
      clues.addAll(coreferenceClues(context, chain, members));
    }
    Set<LocalDate> dates = context.date() == null ? Set.of() : Set.of(context.date());
    return new UnresolvedActor(fullest.text(), fullest.kind(), aliases, members.size(), 1, examples, clues, dates);
  }

  private static String example(DependencyTree tree) {
    return tree.sentence().text().strip().replaceAll("\\s+", " ");
  }

  // ---- finding and grouping the names

  private static List<Named> namedEntities(List<DependencyTree> trees) {
    List<Named> names = new ArrayList<>();
    for (int s = 0; s < trees.size(); s++) {
      DependencyTree tree = trees.get(s);
      int size = tree.size();
      int i = 0;
      while (i < size) {
        Optional<ActorKind> kind = ActorKind.ofEntity(tree.token(i).entity());
        if (kind.isEmpty()) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < size && tree.token(end).entity().equals(tree.token(i).entity())) {
          end++;
        }
        int begin = i;
        i = end;
        while (begin < end && SKIPPED_IN_PHRASES.contains(tree.token(begin).tag())) {
          begin++;
        }
        while (end > begin && SKIPPED_IN_PHRASES.contains(tree.token(end - 1).tag())) {
          end--;
        }
        if (begin == end || !capitalised(tree, begin, end)) {
          continue;
        }
        names.add(new Named(s, begin, end, tree.headOf(begin, end), kind.get(), tree.sentence().textOf(begin, end - 1)));
      }
    }
    return names;
  }

  private static boolean capitalised(DependencyTree tree, int begin, int end) {
    for (int token = begin; token < end; token++) {
      String word = tree.token(token).word();
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static int root(int[] group, int index) {
    int current = index;
    while (group[current] != current) {
      group[current] = group[group[current]];
      current = group[current];
    }
    return current;
  }

  private static void join(int[] group, int first, int second) {
    int a = root(group, first);
    int b = root(group, second);
    if (a != b) {
      group[Math.max(a, b)] = Math.min(a, b);
    }
  }

  private static void joinSameNames(List<Named> names, int[] group) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Integer earlier = first.putIfAbsent(names.get(i).kind() + "\t" + NameKey.of(names.get(i).text()), i);
      if (earlier != null) {
        join(group, earlier, i);
      }
    }
  }

  /** Names in one coreference chain are one actor when the shorter one's words are all in the fullest one's. */
  private static void joinThroughCoreference(List<Named> names, int[] group, ActorContext context) {
    Map<CorefChain, List<Integer>> byChain = new IdentityHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Named name = names.get(i);
      int index = i;
      context.chain(name.sentence(), name.head()).ifPresent(chain -> byChain.computeIfAbsent(chain, key -> new ArrayList<>()).add(index));
    }
    for (List<Integer> members : byChain.values()) {
      int fullest = members.get(0);
      for (int member : members) {
        if (names.get(member).length() > names.get(fullest).length()) {
          fullest = member;
        }
      }
      for (int member : members) {
        if (names.get(member).kind() == names.get(fullest).kind() && names.get(fullest).words().containsAll(names.get(member).words())) {
          join(group, fullest, member);
        }
      }
    }
  }

  /** "Kamau" after "Wanjiru Kamau", without coreference: a shorter name inside exactly one fuller name. */
  private static void joinSurnames(List<Named> names, int[] group) {
    for (int i = 0; i < names.size(); i++) {
      Named shorter = names.get(i);
      Set<String> fuller = new HashSet<>();
      int match = -1;
      for (int j = 0; j < names.size(); j++) {
        Named longer = names.get(j);
        if (longer.kind() == shorter.kind() && longer.length() > shorter.length() && longer.words().containsAll(shorter.words())) {
          fuller.add(NameKey.of(longer.text()));
          match = j;
        }
      }
      if (fuller.size() == 1) {
        join(group, match, i);
      }
    }
  }

  // ---- which names need no entry

  /** Whether a table knows the name, or its last words (as the resolver tries them): "Odhiambo" for an alias. */
  private boolean known(DependencyTree tree, Named name, LocalDate date) {
    for (int start = name.begin(); start < name.end(); start++) {
      if (resolver.resolveName(tree.sentence().textOf(start, name.end() - 1), date).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised description rather than a name, which no table entry would help: "Foreign Ministry", "Kenyan
   * Parliament", "Kenya Defence Forces" (the resolver codes these from their words). Every word is a country word or
   * a word of the agent table, and the last one is an agent.
   */
  private boolean description(DependencyTree tree, Named name) {
    int last = -1;
    for (int token = name.begin(); token < name.end(); token++) {
      String word = tree.token(token).word();
      if (countryOf(word).isPresent() || NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!agentWord(tree.lemma(token)) && !agentWord(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      last = token;
    }
    return last >= 0 && (role(List.of(tree.lemma(last))).isPresent() || role(List.of(tree.token(last).word().toLowerCase(Locale.ROOT))).isPresent());
  }

  /** A word of the agent table, also in the plural the lemmatizer leaves in capitalised names ("Forces"). */
  private boolean agentWord(String word) {
    return agentWords.contains(word) || (word.length() > 3 && word.endsWith("s") && agentWords.contains(word.substring(0, word.length() - 1)));
  }

  // ---- clues

  private List<CodeClue> contextClues(DependencyTree tree, Named name) {
    List<CodeClue> clues = new ArrayList<>();
    Set<Integer> described = new HashSet<>();
    for (List<Integer> phrase : List.of(title(tree, name), apposition(tree, name))) {
      clues.addAll(phraseClues(tree, phrase, CodeClue.Source.NATIONALITY, CodeClue.Source.TITLE));
      described.addAll(phrase);
    }
    if (name.kind() == ActorKind.ORGANIZATION) {
      List<Integer> words = new ArrayList<>();
      for (int token = name.begin(); token < name.end(); token++) {
        words.add(token);
      }
      clues.addAll(phraseClues(tree, words, CodeClue.Source.NAME, CodeClue.Source.NAME));
    }
    if (clues.stream().noneMatch(clue -> !clue.country().isEmpty())) {
      sentenceCountry(tree, name, described).ifPresent(clues::add);
    }
    return clues;
  }

  /**
   * The words before a name that describe it: "Kenyan opposition leader", "Defence Minister", "Kenya's interior
   * minister". Stops at a determiner, punctuation or a word that belongs elsewhere in the sentence.
   */
  private static List<Integer> title(DependencyTree tree, Named name) {
    int governor = tree.parent(name.head());
    // "opposition leader Wanjiru Kamau" may be parsed with the title as the head and the name hung on it.
    boolean hungOnTitle = governor >= 0 && governor < name.begin() && tree.token(governor).isNoun() && !tree.relation(name.head()).startsWith("nsubj")
        && !tree.relation(name.head()).startsWith("obj") && !tree.relation(name.head()).startsWith("obl");
    List<Integer> words = new ArrayList<>();
    for (int token = name.begin() - 1; token >= 0; token--) {
      Token word = tree.token(token);
      String relation = tree.relation(token);
      if (relation.equals("punct") || relation.equals("det") || relation.equals("cc") || relation.equals("conj")) {
        break;
      }
      if (!(word.isNoun() || word.tag().startsWith("JJ") || word.tag().equals("POS") || word.tag().equals("VBN"))) {
        break;
      }
      if (word.tag().equals("POS")) {
        // The possessive marker hangs on the word before it ("Kenya 's"), which decides for both.
        words.add(0, token);
        continue;
      }
      boolean ownedByName = dominatedWithin(tree, token, name);
      boolean ownedByTitle = hungOnTitle && (token == governor || tree.dominates(governor, token)) && !tree.dominates(name.head(), token);
      if (!ownedByName && !ownedByTitle) {
        break;
      }
      words.add(0, token);
    }
    while (!words.isEmpty() && tree.token(words.get(0)).tag().equals("POS")) {
      words.remove(0);
    }
    return words;
  }

  /** Whether the token's governors lead into the name without leaving the stretch from the token to the name. */
  private static boolean dominatedWithin(DependencyTree tree, int token, Named name) {
    int current = tree.parent(token);
    for (int steps = 0; current >= token && current < name.end() && steps < tree.size(); steps++) {
      if (current >= name.begin()) {
        return true;
      }
      current = tree.parent(current);
    }
    return false;
  }

  /**
   * An apposition either way round: "Wanjiru Kamau, Kenya's opposition leader," or "the opposition leader, Wanjiru
   * Kamau,": the other noun with the words before it, without clauses after it.
   */
  private static List<Integer> apposition(DependencyTree tree, Named name) {
    int other = -1;
    for (int child : tree.children(name.head(), "appos")) {
      if (child >= name.end()) {
        other = child;
        break;
      }
    }
    if (other < 0 && tree.relation(name.head()).equals("appos") && tree.parent(name.head()) < name.begin()) {
      other = tree.parent(name.head());
    }
    if (other < 0 || !tree.token(other).isNoun()) {
      return List.of();
    }
    boolean reversed = other < name.begin();
    List<Integer> words = new ArrayList<>();
    for (int token : tree.subtree(other)) {
      boolean inName = token >= name.begin() && token < name.end();
      if (token <= other && !inName && !(reversed && tree.dominates(name.head(), token))) {
        words.add(token);
      }
    }
    return words;
  }

  private List<CodeClue> coreferenceClues(ActorContext context, CorefChain chain, List<Named> members) {
    List<CodeClue> clues = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>(chain.mentions());
    if (!mentions.contains(chain.representative())) {
      mentions.add(chain.representative());
    }
    for (Mention mention : mentions) {
      if (members.stream().anyMatch(member -> member.overlaps(mention))) {
        continue;
      }
      DependencyTree tree = context.tree(mention.sentence());
      if (tree.token(mention.head()).isPronoun() || tree.token(mention.head()).isProperNoun()) {
        continue;
      }
      List<Integer> words = new ArrayList<>();
      for (int token = mention.begin(); token <= mention.head(); token++) {
        words.add(token);
      }
      clues.addAll(phraseClues(tree, words, CodeClue.Source.COREFERENCE, CodeClue.Source.COREFERENCE));
    }
    return clues;
  }

  /**
   * The country of the only place the sentence puts things in, outside the name and its description: "in Nairobi",
   * "at Accra", "from Kyiv", or a dateline ("NAIROBI - ..."). Nationality words and places after other prepositions
   * mostly describe someone else ("met the Israeli prime minister", "aid to Ukraine"), so they are not clues.
   */
  private Optional<CodeClue> sentenceCountry(DependencyTree tree, Named name, Set<Integer> described) {
    Map<String, String> countries = new LinkedHashMap<>();
    int size = tree.size();
    int token = 0;
    while (token < size) {
      String entity = tree.token(token).entity();
      int end = token + 1;
      while (end < size && tree.token(end).entity().equals(entity)) {
        end++;
      }
      boolean outside = end <= name.begin() || token >= name.end();
      boolean dateline = token == 0 && end < size && DATELINE_DASHES.contains(tree.token(end).word());
      boolean location = LOCATION_MARKERS.contains(tree.caseMarker(tree.headOf(token, end)));
      if (PLACE_ENTITIES.contains(entity) && outside && !described.contains(token) && (dateline || location)) {
        String text = tree.sentence().textOf(token, end - 1);
        placeCountry(tree, token, end - 1).ifPresent(code -> countries.putIfAbsent(code, text));
      }
      token = end;
    }
    if (countries.size() != 1) {
      return Optional.empty();
    }
    Map.Entry<String, String> only = countries.entrySet().iterator().next();
    return Optional.of(CodeClue.country(CodeClue.Source.SENTENCE, only.getValue(), only.getKey()));
  }

  /** The country of a country, nationality or capital word, or of a city or region the place table knows. */
  private Optional<String> placeCountry(DependencyTree tree, int first, int last) {
    String text = tree.sentence().textOf(first, last);
    Optional<String> country = countryOf(text);
    if (country.isPresent() || !PLACE_ENTITIES.contains(tree.token(first).entity())) {
      return country;
    }
    return resolver.resolveName(text, null).filter(code -> code.role().isEmpty()).flatMap(code -> code.countryCode());
  }

  /**
   * The clues in a phrase: each country, nationality or capital word gives a country; the other words give the role
   * of the longest agent phrase they contain, the first one on a tie ("rebel commander": REB, not MIL).
   */
  private List<CodeClue> phraseClues(DependencyTree tree, List<Integer> phrase, CodeClue.Source countrySource, CodeClue.Source roleSource) {
    List<CodeClue> clues = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < phrase.size(); i++) {
      int token = phrase.get(i);
      if (i + 1 < phrase.size() && phrase.get(i + 1) == token + 1) {
        String pair = tree.sentence().textOf(token, token + 1);
        Optional<String> country = placeCountry(tree, token, token + 1);
        if (country.isPresent()) {
          clues.add(CodeClue.country(countrySource, pair, country.get()));
          i++;
          continue;
        }
      }
      String word = tree.token(token).word();
      Optional<String> country = placeCountry(tree, token, token);
      if (country.isPresent()) {
        clues.add(CodeClue.country(countrySource, word, country.get()));
      } else if (!SKIPPED_IN_PHRASES.contains(tree.token(token).tag()) && !NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
        rest.add(token);
      }
    }
    if (!rest.isEmpty()) {
      List<String> lemmas = new ArrayList<>();
      for (int token : rest) {
        lemmas.add(tree.lemma(token));
      }
      Optional<AgentMatch> role = role(lemmas);
      if (role.isEmpty()) {
        List<String> words = new ArrayList<>();
        for (int token : rest) {
          words.add(tree.token(token).word());
        }
        role = role(words);
      }
      if (role.isPresent()) {
        List<String> words = new ArrayList<>();
        for (int token : rest) {
          words.add(tree.token(token).word());
        }
        clues.add(CodeClue.role(roleSource, String.join(" ", words), role.get().role()));
      }
    }
    return clues;
  }

  /** An agent phrase found among words: its role and how many words it spans. */
  private record AgentMatch(String role, int words) {}

  private Optional<AgentMatch> role(List<String> words) {
    for (int length = words.size(); length >= 1; length--) {
      for (int start = 0; start + length <= words.size(); start++) {
        String phrase = String.join(" ", words.subList(start, start + length));
        Optional<String> role = tables.agentRole(phrase);
        if (role.isEmpty() && phrase.length() > 3 && phrase.endsWith("s")) {
          role = tables.agentRole(phrase.substring(0, phrase.length() - 1));
        }
        if (role.isPresent()) {
          return Optional.of(new AgentMatch(role.get(), length));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> countryOf(String words) {
    return tables.countryByDemonym(words).or(() -> tables.countryByName(words)).or(() -> tables.countryByCapital(words));
  }
}
