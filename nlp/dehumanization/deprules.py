"""Dependency-parse rules (en, fr: languages with a spaCy parser): is a lexicon hit said *of a human group*?

``dehum-deprules-v3`` fires when a metaphor is
- predicated of a group: the metaphor is the copula's attribute ("the refugees are (nothing but) rats";
  UD: "les réfugiés sont des rats", metaphor with ``cop`` and ``nsubj`` children) and the subject is a group
  or a pronoun/demonstrative for people;
- in apposition to a group ("the Hutu, those snakes"), or a group noun's modifier ("the Tutsi cockroaches");
- the complement of a naming verb about a group ("called the refugees rats", "traité les villageois de cafards");
- compared: object of "like"/"as"/"comme" in a clause whose subject is a group or people pronoun;
- introduced by a demonstrative ("these cockroaches"; a disease word only with people tied to it: "this
  plague" is mostly a disease, "this plague of migrants" is not).
An eliminationist verb fires when its object, or its passive subject ("must be crushed"), is a group, a
people pronoun or a metaphor (a disease metaphor only with people tied to it: "eradicate the cancer of
corruption" is no finding), or the group after "of" ("rid the country of them"). A violence verb (a
'threat' entry: kill, shoot, hang) fires only as a threat or a call, with a target as above (or, for
"die", a group subject): a modal or future auxiliary, a wanting/going/deserving head, an imperative,
French future or conditional ("we will kill the X", "X deserve to die"; "gunmen killed villagers" is a
report). Literal and distancing cues weaken a verdict as in the window rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nlp.dehumanization.rules import OF_GROUP_CATEGORIES, TREATMENT, RuleVerdict, weigh
from nlp.lexicons import WISH_FRAME, CompiledLanguage, LexiconHit
from nlp.targets import TargetMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["COMPARATIVES", "DEP_RULES_VERSION", "LIKEN_FORMS", "dependency_verdict"]

DEP_RULES_VERSION = "dehum-deprules-v16"  # v16: an animal noun used as a verb with an object or particle ("they fly the product") is no verb metaphor; v15: "the only good X is a dead X", "Killing X is the right thing to do", "I'd love to watch all X burn" (not "can't wait" as a negation); "no different from swine" takes nothing back; a metaphor with its own "not" ("people, not rats") and a one-clause denial about a group ("Jews aren't a monolith") keep the classifier off; "put a bullet in all X"; v14: a negative question that asserts ("Isn't it obvious that X are a disease?") takes nothing back; "shoot every one of those X", "murder any of these X"; "the world would be better if X were dead"; "il faudrait", "devrions" are calls; "méritent de mourir" (an infinitive with "de") wishes death on the subject; "ne valent pas mieux que des cafards" compares; v13: "nobody" as the subject negates; a body part of the group ("slit the throats of X"), "fire on X", "time to start hunting X"; "X deserve a bullet"; a metaphor modifying a group's noun ("the vermin gypsies"); "like the animals they are"; a call inside what is said ("graffiti saying X should be shot"); subjects inherited through "need to drown and die"; "X belong in mass graves" wishes death on the subject; irregular past forms (sent, took) make a report; v12: the parse reads the sentence with its quotation marks blanked ("traite les homosexuels de « vermine »"); a comparison misparsed under an adjective ("les migrants subsahariens à une horde"); v11: "compared X to an invasion of locusts" (a collective noun likened); v10: "treated like dogs" is mistreatment described, not a trait; an active xcomp with its own object does not eliminate its subject ("urged the government to eradicate poverty"); v9: an elimination noun called for ("we will carry out ethnic cleansing of X", "the extermination of X is the only solution"; not "accused of", "stop"); v8: a relative clause's antecedent is the elimination verb's object ("des cafards qu'il faut écraser"); v7: "compared X to rats", a call passed on ("told villagers to kill every X"); v6: an elimination verb in a past tense by a third party is a report; v5: verb metaphors said of a group (subject, "infested with X"), "swarms of X", death wished on a subject; v4: violence verbs as threats or calls; "rid X of the group"; v3: disease metaphors need people tied to them for "this X" and elimination
_COPULAS = {"be", "is", "are", "was", "were", "been", "being", "'re", "remain", "remains", "become", "becomes",
            "sont", "est", "était", "étaient", "être", "restent", "deviennent"}
_CLIMB = {"prep", "pobj", "conj", "appos", "compound", "amod", "det", "nmod", "case", "flat"}
_SUBJ = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}
_OBJ = {"dobj", "obj", "nsubjpass", "nsubj:pass", "iobj", "oprd", "conj"}
_COMPARE = {"like", "as", "than", "comme", "différents", "différentes", "différent", "différente"}  # "pas différents des porcs"
_LITERAL_PRONE = {"disease_contamination"}
_NOUN_PARTS = {"flat", "flat:name"}  # parts of one name; "Palestinian land" is land, not a group
_PEOPLE = {"people", "gens", "them", "eux", "persons", "personnes"}
# nouns for people that a group word before them makes the group ("these Igbo traders", "Muslim men", "les femmes
# juives"); "Palestinian land", "Kurdish villages" stay things
_PERSON_NOUNS = {"men", "women", "children", "kids", "boys", "girls", "youths", "youth", "families", "traders",
                 "merchants", "farmers", "herders", "villagers", "residents", "workers", "students",
                 "bankers", "politicians", "leaders", "neighbours", "neighbors", "settlers", "fighters", "civilians",
                 "voters", "folks", "immigrants", "migrants", "refugees", "individuals", "citizens",
                 "hommes", "femmes", "enfants", "jeunes", "familles", "commerçants", "habitants", "villageois"}
# the pipelines run without tagger and lemmatizer (nlp.spacy_pipelines): word forms, not lemmas
# French devoir/falloir/aller/vouloir: auxiliaries in the parse ("il faut tuer") or heads of the infinitive
_FR_INTENT = {"doit", "doivent", "devons", "devez", "devrait", "devraient", "devrions", "devra", "devront", "faut",
              "faudrait", "faudra", "vais", "va", "allons", "vont",
              "allez", "veux", "veut", "voulons", "veulent"}
_INTENT_AUX = {"will", "'ll", "wo", "shall", "should", "must", "ought", "gonna", "gotta", "'d", "would"} | _FR_INTENT
_INTENT_HEADS = {"going", "go", "goes", "want", "wants", "wanna", "need", "needs", "have", "has", "deserve", "deserves",
                 "plan", "plans", "planning", "intend", "intends", "promise", "promises", "promised", "vow", "vows",
                 "vowed", "swear", "swore", "wish", "hope", "love", "like", "ought", "mean", "let", "mérite",
                 "méritent", "promet", "promettent", "jure", "jurent"} | _FR_INTENT
# a call passed on to others: "told villagers to kill every Hutu", "urged his followers to burn them" (active only:
# "the soldiers were ordered to shoot protesters" reports an order)
_PASSED_ON = {"told", "tell", "tells", "urged", "urge", "urges", "ordered", "order", "orders", "instructed",
              "encouraged", "encourage", "incited", "incite", "exhorted", "commanded", "asked", "ask",
              "ordonné", "ordonne", "exhorté", "appelé", "appelle", "demandé"}
_PREDICTIVE = {"will", "'ll", "wo", "shall", "would", "'d", "gonna", "going", "go", "goes", "va", "vais", "allons",
               "vont", "allez", "future"}
# a multiword eliminationist phrase with one of these wishes death on the clause's subject ("X should not be
# allowed to live", "X do not deserve to live")
_WISH_WORDS = {"live", "dead", "die", "exist", "blood", "lives", "alive", "bullet", "bullets", "vivre", "mourir", "morts"}
# a phrase with one of these names where the group is to die: it is the object ("send the X to the gas chambers")
# or, with "belong" or a passive, the subject ("X belong in mass graves", "X should be sent into the ovens")
_DEATH_PLACES = {"graves", "grave", "chambers", "ovens"}
_BELONG = {"belong", "belongs", "go", "goes"}
# irregular past forms ("got rid of", "sent them to the gas chambers"); regular ones end in -ed
_EN_PAST = {"got", "sent", "took", "led", "drove", "threw", "brought", "put", "left"}
_EN_PAST_AUX = {"was", "were", "had", "has", "have", "did"}
_FR_PAST_AUX = {"a", "ont", "avait", "avaient", "été", "fut", "furent", "eut", "eurent"}
_WISH_PREPS = {"to", "without", "à", "aux", "sans"}  # a phrase ending in one: the group follows it
_NEGATIONS = {"not", "n't", "never", "no", "ne", "n'", "pas", "jamais", "nullement"}
# before a metaphor these keep it said of the group: "nothing but vermin", "no better than dogs", "not just rats",
# "rien que des cafards", "pas plus que des chiens"
_NOT_NEGATING = {"but", "than", "just", "only", "merely", "even", "que", "qu'", "plus", "seulement", "mais", "mieux",
                 "different", "différents", "différentes", "différent", "différente"}  # "no different from swine"
# "no better than dogs", "ne valent pas mieux que des cafards": a comparison on the clause's verb
COMPARATIVES = frozenset({"better", "worse", "mieux", "pire", "plus"})
_FIRST_SECOND = {"i", "we", "you", "u", "y'all", "je", "j'", "nous", "on", "vous", "tu"}
# verbs of "ridding a place of people": the group follows "of" ("cleanse the land of them", "get rid of X")
_RID = {"rid", "cleanse", "purge", "purify", "nettoyer", "nettoyez", "débarrasser", "purifier", "vider"}  # verbs only:
# "the ethnic cleansing of Muslims", "the area was cleared of civilians" are reports
_DIE = {"die", "dies", "dead", "perish", "rot", "mourir", "meurent", "crever", "crèvent", "périr", "périssent"}


class _Context:
    def __init__(self, doc: Doc, comp: CompiledLanguage, hits: list[LexiconHit], targets: list[TargetMention],
                 offset: int) -> None:
        self.doc = doc
        self.comp = comp
        self.groups = [(t.start - offset, t.end - offset) for t in targets]
        self.metaphors = [(h.start, h.end) for h in hits if h.kind in ("metaphor", "coded")
                          and h.category != "eliminationist"]
        self.categories = [(h.start, h.end, h.category) for h in hits]
        # disease words name diseases far more often than people ("this plague", "eradicate the scourge")
        self.diseases = [(h.start, h.end) for h in hits if h.category in _LITERAL_PRONE]

    def is_people(self, tok: Token) -> bool:
        """Does this token's phrase name a group, or is it a pronoun/demonstrative for people?"""
        return self.is_group(tok) or tok.lower_ in self.comp.pronouns or tok.lower_ in _PEOPLE or \
            (tok.lower_ in self.comp.demonstratives and tok.dep_ in _SUBJ) or self.group_people(tok)

    def group_people(self, tok: Token) -> bool:
        """People named by a noun a group word modifies: "these Igbo traders", "Muslim men", "les femmes juives"."""
        return tok.lower_ in _PERSON_NOUNS and any(c.dep_ in ("compound", "amod", "nmod") and self.is_group(c)
                                                   for c in tok.children)

    def is_group(self, tok: Token) -> bool:
        """Does this token's phrase name a gazetteer or NORP group (not a pronoun or "people")? The head noun
        itself, not its modifiers or possessors ("the rebels' weapons" is no group)."""
        phrase = [tok, *(c for c in tok.children if c.dep_ in _NOUN_PARTS)]
        return any(s < t.idx + len(t) and t.idx < e for t in phrase for s, e in self.groups)

    def of_group(self, tok: Token) -> bool:
        """"swarms of immigrants", "an infestation of Muslims": a named group after "of"."""
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and self.is_group(g) for g in c.children)
               for c in tok.children):
            return True
        # UD: the group is an nmod with its own "de" ("des essaims de musulmans")
        return any(c.dep_ == "nmod" and self.is_group(c) and
                   any(k.dep_ == "case" and k.lower_ in ("de", "des", "du", "d'") for k in c.children)
                   for c in tok.children)

    def category_at(self, tok: Token) -> str | None:
        return next((c for s, e, c in self.categories if s <= tok.idx < e), None)

    def is_metaphor(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.metaphors)

    def is_disease(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.diseases)

    def tied_to_people(self, tok: Token) -> bool:
        """A metaphor noun with a group or people word attached: "the Tutsi plague", "this cancer of
        migrants", "the vermin, the refugees" (not "the cancer of corruption", "this disease")."""
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "appos") and self.is_people(child):
                return True
            if child.dep_ in ("prep", "case") and child.lower_ in ("of", "de", "des", "du") and \
                    any(g.dep_ in ("pobj", "nmod") and self.is_people(g) for g in child.children):
                return True
        return tok.dep_ in ("appos", "nmod") and self.is_people(tok.head)

    def is_target(self, tok: Token) -> bool:
        """An elimination target: a group or metaphor; a bare pronoun only when the sentence names a group
        or uses a metaphor ("eradicate them" about threats is no target). A disease metaphor is a target
        only when tied to people ("wipe out the cancer of corruption", "eradicate that plague": no)."""
        if self.is_metaphor(tok) and (not self.is_disease(tok) or self.tied_to_people(tok)):
            return True
        if self.is_people(tok) and tok.lower_ not in self.comp.pronouns:
            return True
        return tok.lower_ in self.comp.pronouns and bool(self.groups or self.metaphors)


def _token_at(doc: Doc, hit: LexiconHit) -> Token | None:
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if span.root.dep_ == "neg":  # "not human": both words hang from the copula; the term is the adjective
        inside = {t.i for t in span}
        return next((t for t in span if t.dep_ != "neg" and t.head.i not in inside), span.root)
    return span.root


def _restricted_people(doc: Doc, hit: LexiconHit) -> bool:
    """A denial of humanity ("not people", "not human beings") whose noun a clause or phrase restricts: "not
    people we should fear", "not people to be trifled with", "not people of violence" deny a kind of people,
    not humanity; "not human punching bags" denies a kind of punching bag."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    if last.lower_ == "human" and last.dep_ in ("amod", "compound") and last.head.i > last.i:
        return True  # "not human punching bags", "aren't human shields": "human" describes another noun
    if last.lower_ not in ("people", "beings", "humans"):
        return False
    return any(c.dep_ in ("relcl", "acl", "acl:relcl", "prep", "nmod") for c in last.children)


def _clause_verb(tok: Token) -> Token:
    while tok.dep_ in _CLIMB and tok.head is not tok:
        tok = tok.head
    return tok.head if tok.dep_ in ("attr", "oprd", "acomp", "dobj", "obj", "xcomp") and tok.head is not tok else tok


def _metaphor_reason(ctx: _Context, tok: Token) -> str | None:
    head = tok.head
    if tok.dep_ == "appos" and ctx.is_people(head) or any(c.dep_ == "appos" and ctx.is_people(c) for c in tok.children):
        return "apposition"
    if any(c.dep_ == "det" and c.lower_ in ctx.comp.demonstratives for c in tok.children) and \
            (not ctx.is_disease(tok) or ctx.tied_to_people(tok)):  # "this disease", "this plague": a disease
        return "demonstrative"
    if any(c.dep_ in ("compound", "amod", "nmod") and ctx.is_people(c) and c.i < tok.i for c in tok.children):
        return "group modifier"
    # the metaphor modifying a group's noun: "the vermin gypsies", "those parasite migrants" (not a disease word:
    # "plague refugees", "Ebola migrants" name what they flee or carry)
    if tok.dep_ in ("compound", "amod", "nmod") and tok.i < head.i and ctx.is_group(head) and \
            ctx.category_at(tok) not in _LITERAL_PRONE:
        return "modifies the group"
    if tok.dep_ in ("nmod", "obl") and ctx.is_people(head) and \
            any(t.lower_ in ctx.comp.naming for t in tok.doc):  # "traité les villageois de cafards"
        return "named as"
    as_clause = _as_clause(ctx, tok)
    if as_clause:
        return as_clause
    # "like the animals they are", "the parasites that they are": a copular relative clause says it of its subject
    if ctx.groups and any(c.dep_ in ("relcl", "acl:relcl") and c.lower_ in _COPULAS and
                          not any(a.dep_ in ("attr", "acomp") for a in c.children) and
                          any(s.dep_ in _SUBJ and ctx.is_people(s) for s in c.children) for c in tok.children):
        return "predicated of group"
    subjects = [c for c in tok.children if c.dep_ in _SUBJ]
    copulas = [c for c in tok.children if c.dep_ == "cop"]
    subjects += [s for c in copulas for s in c.children if s.dep_ in _SUBJ]  # a misparse: the subject on "sont"
    if subjects and copulas:  # UD copula: the metaphor heads the clause
        return "predicated of group" if any(ctx.is_people(s) for s in subjects) else None
    if tok.dep_ not in ("pobj", "dobj", "obj") and ctx.of_group(tok) and \
            ctx.category_at(tok) in OF_GROUP_CATEGORIES:
        return "group modifier"  # "swarms of immigrants are ...", "the scum of refugees"; not "the dogs of X"
    # a verb metaphor said of the group, its active subject: "immigrants are infesting our cities", "X belong in
    # a zoo", "X breed like rabbits", "hordes of migrants who swarm into Europe" ("refugees are infested with
    # lice" is passive: the group is what is infested)
    agents = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")]
    # with an agent, the subject is what is infested ("refugees infested with lice", even misparsed as active)
    actors = [] if agents else [s for s in subjects + _inherited_subjects(tok) if s.dep_ not in ("nsubjpass",
                                                                                                 "nsubj:pass")]
    if any(ctx.is_people(s) or ctx.of_group(s) for s in actors) and not _noun_as_verb(tok):
        return "the group as its subject"
    if tok.dep_ == "amod" and ctx.of_group(tok.head) and ctx.is_metaphor(tok.head):
        return "the group as its subject"  # a misparse: "des essaims de musulmans infestent ..." (amod)
    if any(g.dep_ == "pobj" and ctx.is_group(g) for a in agents for g in a.children) and \
            any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass") for c in tok.children):
        return "the group as its agent"  # "our country is infested with Muslims"
    likened_tok = _collective_head(tok)  # "compared migrants to an invasion of locusts": the invasion is likened
    if likened_tok.dep_.split(":")[0] in ("pobj", "obl", "nmod") and _likened(likened_tok) is not None and \
            any(c.dep_ in ("dobj", "obj") and ctx.is_people(c) for c in _likened(likened_tok).children):
        return "compared with"  # "compared refugees to rats", "likened the Roma to parasites", "a comparé les X à des rats"
    verb = _clause_verb(tok)
    subjects = [c for c in verb.children if c.dep_ in _SUBJ]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd", "dative") and c.i != tok.i]
    if verb.lower_ in _COPULAS and any(ctx.is_people(s) for s in subjects):
        return "predicated of group"
    if verb.lower_ in ctx.comp.naming and any(ctx.is_people(o) for o in [*objects, tok]):
        return "named as"
    compared = tok.head.lower_ in _COMPARE or any(c.lower_ in _COMPARE for c in tok.children) or \
        any(c.lower_ in COMPARATIVES and any(f.lower_ in ("que", "than") for f in c.children) for c in tok.head.children)
    # "described the settlements as a cancer": with a naming verb the object is what is compared
    about = objects if verb.lower_ in ctx.comp.naming else subjects + _inherited_subjects(verb)
    if compared and any(ctx.is_people(s) for s in about):
        return "compared with"
    return None


def _treated_like(tok: Token) -> bool:
    """``tok`` is compared ("like", "as", "comme") in a clause whose verb is one of treatment or suffering."""
    prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ in ("case", "mark")), None)
    if prep is None or prep.lower_ not in _COMPARE:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.lower_ in TREATMENT or verb.dep_ == "advcl" and verb.head.lower_ in TREATMENT


# (the pipelines run without a lemmatizer: the forms themselves)
LIKEN_FORMS = frozenset({"compare", "compares", "compared", "comparing", "liken", "likens", "likened", "likening", "equate", "equates",
          "equated", "equating", "comparer", "compara", "comparé", "comparait", "comparent", "assimilé",
          "assimile", "assimilait"})


_COLLECTIVES = {"invasion", "swarm", "swarms", "horde", "hordes", "army", "plague", "nest", "pack", "herd", "flood",
                "infestation", "essaim", "essaims", "nuée", "nuées", "armée", "meute", "troupeau", "nid", "invasions",
                "fléau", "marée", "déferlante"}


# animal nouns that are also ordinary verbs: used as a verb with an object or particle they say nothing of the
# subject ("They then fly the product to Chaco", "reporters dogged the minister", "they ape the West")
_NOUN_VERBS = frozenset({"fly", "flies", "dog", "dogs", "dogged", "rat", "rats", "ratted", "snake", "snakes", "snaked",
                         "bug", "bugs", "bugged", "worm", "worms", "wormed", "ape", "apes", "aped", "parrot", "parrots",
                         "parroted", "hound", "hounds", "hounded", "fish", "fished", "wolf", "wolfed", "weed", "weeds",
                         "weeded", "badger", "badgered", "ferret", "ferreted", "leech", "leeched"})


_VERB_PARTICLES = frozenset({"over", "into", "out", "through", "away", "off", "back", "around", "across", "home"})


def _noun_as_verb(tok: Token) -> bool:
    return tok.lower_ in _NOUN_VERBS and any(c.dep_ in ("dobj", "obj", "prt", "compound:prt") or
                                             c.dep_ in ("prep", "advmod") and c.lower_ in _VERB_PARTICLES
                                             for c in tok.children)


def _collective_head(tok: Token) -> Token:
    """The collective noun whose "of" complement ``tok`` is ("an invasion of locusts" -> invasion), else ``tok``."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "de", "d'") and head.head.lower_ in _COLLECTIVES:
        return head.head
    if tok.dep_ == "nmod" and head.lower_ in _COLLECTIVES and \
            any(c.dep_ == "case" and c.lower_ in ("de", "d'", "des") for c in tok.children):
        return head
    return tok


def _likened(tok: Token) -> Token | None:
    """The comparing verb whose "to/with" object ``tok`` is ("compared X to rats"), or None."""
    prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
    if prep is None or prep.lower_ not in ("to", "with", "à", "avec", "aux"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    # misparses: "a comparé les réfugiés à des rats" with "rats" under "réfugiés", "les migrants subsahariens à une
    # horde" under the adjective
    for _ in range(2):
        if verb.lower_ in LIKEN_FORMS or verb.dep_ not in ("obj", "dobj", "amod"):
            break
        verb = verb.head
    return verb if verb.lower_ in LIKEN_FORMS else None


def _as_clause(ctx: _Context, tok: Token) -> str | None:
    """"described the clan as hyenas waiting to ...": the metaphor is the subject of an "as/like" clause."""
    clause = tok.head
    if tok.dep_ not in _SUBJ or not any(c.dep_ == "mark" and c.lower_ in _COMPARE for c in clause.children):
        return None
    outer = clause.head
    if outer.lower_ in ctx.comp.naming and any(c.dep_ in ("dobj", "obj") and ctx.is_people(c) for c in outer.children):
        return "named as"
    if any(c.dep_ in _SUBJ and ctx.is_people(c) for c in outer.children):
        return "compared with"
    return None


def _inherited_subjects(verb: Token) -> list[Token]:
    """Subjects of the verb a conjoined or controlled verb depends on ("they breed ... and must be wiped out")."""
    head = verb
    for _ in range(3):  # "refugees need to drown and die": die -> drown -> need, whose subject they are
        # "obl:arg": an infinitive complement with "de" ("les X méritent de mourir")
        if head.dep_ not in ("conj", "xcomp", "obl:arg") or head.head is head:
            break
        head = head.head
        subjects = [c for c in head.children if c.dep_ in _SUBJ]
        if subjects:
            return subjects
    if head is not verb:
        return []
    if verb.dep_ in ("relcl", "acl:relcl") and verb.head is not verb:  # "animals who should be wiped out"
        return [verb.head]
    return [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")]


def _verb_of(tok: Token) -> Token:
    """The verb a hit belongs to: the particle's head for "wipe *out*", else the token itself."""
    return tok.head if tok.dep_ in ("prt", "compound:prt") else tok


def _intent(verb: Token, *, check_negation: bool = True) -> tuple[str, bool] | None:
    """(cue, is_call) when this verb is a threat or a call rather than a report: a modal or future
    auxiliary ("should be shot", "will kill"), a wanting/going/deserving head ("going to kill", "deserve to
    die", "il faut tuer"), an imperative ("Kill them all", "Tuez-les"), French future or conditional.
    ``is_call``: a call or a wish (should, must, deserve, want, let's, imperative); otherwise a prediction
    (will, going to), which is a threat only from a first or second person (``_threat_reason``)."""
    heads = _head_chain(verb, ("xcomp", "ccomp", "conj", "obl:arg"))  # "want to go and kill them", "méritent de mourir"
    if check_negation and any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for h in heads for c in h.children):
        return None  # "must not be shot", "we will not let anyone kill our people"
    if any(h.dep_ in ("relcl", "acl", "acl:relcl") and h.head.lower_ not in _TIME for h in heads[1:]):
        return None  # "people who want to kill Jews": someone else's intent, described
    for i, head in enumerate(heads):
        if i and head.lower_ in _INTENT_HEADS:
            return head.lower_, head.lower_ not in _PREDICTIVE
        if i and head.lower_ in _PASSED_ON:
            if any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in head.children):
                return None
            return head.lower_, True
        for aux in head.children:
            if aux.dep_ in ("aux", "aux:pass", "auxpass") and aux.lower_ in _INTENT_AUX:
                return aux.lower_, aux.lower_ not in _PREDICTIVE
    if any(h.dep_ in ("acl", "relcl") and h.head.lower_ in _TIME for h in heads):  # "time to (start) killing them"
        return "time to", True
    mood, tense = verb.morph.get("Mood"), verb.morph.get("Tense")
    if "Imp" in mood:
        return "imperative", True
    if "Cnd" in mood or "Fut" in tense:
        return "future", False
    first = next((t for t in verb.doc if not t.is_punct), None)
    if verb.dep_ == "ROOT" and first is not None and verb.i == first.i and not any(c.dep_ in _SUBJ for c in verb.children):
        return "imperative", True  # a verb opening the sentence with no subject: "Kill them all"
    return None


def _speaker_subject(verb: Token) -> bool:
    """Is the clause's subject the speaker or the addressee (I, we, you; je, nous, on, vous)?"""
    clause = verb
    while True:
        subjects = [c for c in clause.children if c.dep_ in _SUBJ]
        if subjects or clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            break
        clause = clause.head
    # "we will ...", "you people will be ...": the subject or a word attached to it
    return any(w.lower_ in _FIRST_SECOND for s in subjects for w in (s, *s.children))


def _of_target(ctx: _Context, tok: Token) -> Token | None:
    """"rid the country of them", "cleanse the land of these cockroaches": the group after "of"."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "case") and prep.lower_ in ("of", "de", "des", "du"):
            for obj in prep.children:
                if obj.dep_ in ("pobj", "nmod") and ctx.is_target(obj):
                    return obj
    if tok.dep_ in ("nmod", "obl") and any(c.dep_ == "case" and c.lower_ in ("de", "des", "du") for c in tok.children):
        return tok if ctx.is_target(tok) else None
    return None


def _threat_reason(ctx: _Context, tok: Token) -> str | None:
    """A violence verb ('threat' entry) against a group, as a threat or a call: "we will kill the X",
    "the X should all be shot", "X deserve to die"; "gunmen killed the villagers" is a report."""
    verb = _verb_of(tok)
    for wish in (_better_if_dead, _only_good_dead, _normative_killing, _watched_die):
        if (wished := wish(ctx, tok)) is not None:
            return wished
    intent = _intent(verb)
    if intent is None:
        return None
    cue, is_call = intent
    dying = verb.lower_ in _DIE
    # "thousands will die", "the cold will kill them", "civilians will be killed if ...": predictions and
    # warnings; a prediction is a threat only from the speaker or at the addressee ("we will kill", "you
    # X will be hanged"), and a death only a wish or a call ("X deserve to die")
    if not is_call and (dying or not _speaker_subject(verb)):
        return None
    why = _elimination_reason(ctx, tok)
    if why is None and dying:  # intransitive: the group is the subject
        subjects = [c for c in verb.children if c.dep_ in _SUBJ] + _inherited_subjects(verb)
        target = next((s for s in subjects if ctx.is_target(s)), None)
        why = f"death wished on {target.text!r}" if target is not None else None
    return f"{why} ({cue})" if why else None


_BETTER_WORDS = {"better", "safer", "happier", "nicer", "cleaner", "mieux"}
_OF_PART = {"one", "each", "all", "any", "every", "some", "most", "many", "several", "last", "rest", "chacun", "tous"}


def _better_if_dead(ctx: _Context, tok: Token) -> str | None:
    """"The world would be better if X were all dead": death wished on the subject of a condition on "better"."""
    clause = tok.head if tok.dep_ in ("acomp", "attr") else tok
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "si") for c in clause.children):
        return None
    if not any(c.lower_ in _BETTER_WORDS for c in clause.head.children):
        return None
    target = next((s for s in clause.children if s.dep_ in _SUBJ and ctx.is_target(s)), None)
    return f"death wished on {target.text!r} (better if)" if target is not None else None


def _only_good_dead(ctx: _Context, tok: Token) -> str | None:
    """"The only good Muslim is a dead Muslim", "the only good X are dead X": the dead one is the good one."""
    if tok.lower_ not in _DIE or tok.dep_ != "amod" or tok.head.dep_ not in ("attr", "acomp"):
        return None
    noun, copula = tok.head, tok.head.head
    subject = next((c for c in copula.children if c.dep_ in _SUBJ), None)
    if subject is None or not {"only", "good"} <= {c.lower_ for c in subject.children}:
        return None
    target = next((t for t in (subject, noun) if ctx.is_target(t)), None)
    return f"death wished on {target.text!r} (the only good one is dead)" if target is not None else None


_NORMATIVE = {"right", "good", "necessary", "justified", "needed", "only", "best", "fine", "ok", "okay", "acceptable",
              "duty", "answer", "solution", "legal", "moral", "patriotic", "righteous", "way", "must", "essential"}


def _normative_killing(ctx: _Context, tok: Token) -> str | None:
    """"Killing X is the right thing to do", "Shooting X is justified": a violence verb as the subject of a
    clause that calls it right (not "killing X is wrong", "killing X is never justified")."""
    if not tok.lower_.endswith("ing"):
        return None
    if tok.dep_ in ("csubj", "csubjpass"):
        root, targets = tok.head, [c for c in tok.children if c.dep_ in _OBJ]
    elif tok.dep_ == "compound" and tok.head.dep_ in _SUBJ:  # a misparse: "Killing immigrants is necessary"
        root, targets = tok.head.head, [tok.head]
    else:
        return None
    if root.lower_ not in _COPULAS or any(c.dep_ == "neg" for c in root.children):
        return None
    subject = {t.i for t in (tok.subtree if tok.dep_ in ("csubj", "csubjpass") else tok.head.subtree)}
    if not any(t.lower_ in _NORMATIVE for t in root.subtree if t.i not in subject):
        return None
    target = next((t for t in targets if ctx.is_target(t)), None)
    return f"elimination of {target.text!r} (called right)" if target is not None else None


_WATCH = {"watch", "see", "witness", "watching", "seeing"}
_DESIRE = {"want", "wants", "love", "like", "wish", "hope", "wait", "enjoy", "dream", "would", "'d", "cannot"}


def _watched_die(ctx: _Context, tok: Token) -> str | None:
    """"I'd love to watch all X burn", "I want to see all X dead", "I can't wait to see every X die": a death the
    speaker wants to watch (not "I don't want to see X die")."""
    if tok.dep_ not in ("ccomp", "xcomp", "oprd", "acomp", "dobj", "obj") or tok.head.lower_ not in _WATCH:
        return None
    desire = next((h for h in _head_chain(tok.head, ("xcomp", "ccomp"))[1:] if h.lower_ in _DESIRE or h.lemma_ in
                   _DESIRE), None)
    if desire is None or (any(c.dep_ == "neg" for c in desire.children) and desire.lower_ != "wait"):
        return None
    target = next((c for c in tok.children if c.dep_ in _SUBJ | {"amod", "compound", "nmod"} and ctx.is_target(c)),
                  None)
    return f"death wished on {target.text!r} (wants to watch)" if target is not None else None


def _elimination_reason(ctx: _Context, tok: Token) -> str | None:
    verb = _verb_of(tok)
    for child in verb.children:
        if child.dep_ in _OBJ and ctx.is_target(child):
            return f"elimination of {child.text!r}"
        # "shoot every one of those X", "murder any of these X"
        if child.dep_ in _OBJ and child.lower_ in _OF_PART and (target := _of_target(ctx, child)):
            return f"elimination of {target.text!r}"
        # a body part of the group: "slit the throats of those X", "smash the heads of X"
        if child.dep_ in _OBJ and child.lower_ in _BODY_PARTS and (target := _of_target(ctx, child)):
            return f"elimination of {target.text!r}"
        # "fire on the X", "tirer sur le prochain juif": the group after the verb's preposition
        if child.dep_ == "prep" and child.lower_ in _AT_PREPS and \
                any(g.dep_ == "pobj" and ctx.is_target(g) for g in child.children):
            return f"elimination of {next(g for g in child.children if g.dep_ == 'pobj').text!r}"
        if child.dep_ in ("obl", "obl:arg", "obl:mod") and ctx.is_target(child) and \
                any(c.dep_ == "case" and c.lower_ in _AT_PREPS for c in child.children):
            return f"elimination of {child.text!r}"
        if verb.lower_ in _RID and child.dep_ in ("dobj", "obj", "acomp", "oprd", "prep") and (
                target := _of_target(ctx, child) if child.dep_ != "prep" else _of_target(ctx, verb)):
            return f"elimination of {target.text!r}"  # "rid the land of them", "get rid of the X"
    passive = any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
    # "X need to be wiped out", "X must be crushed"; not an active verb with its own object: "Muslim leaders urged
    # the government to eradicate poverty"
    own_object = any(c.dep_ in _OBJ - {"conj"} for c in verb.children)  # a conj under a verb is another verb
    if (passive or verb.dep_ == "xcomp" and not own_object) and any(ctx.is_target(s) for s in _inherited_subjects(verb)):
        return "elimination of the subject"
    if not any(c.dep_ in _OBJ and c.lower_ not in _RELATIVE_PRONOUNS for c in verb.children):
        # the object is the relative clause's antecedent: "des cafards qu'il faut écraser", "rats we must
        # exterminate", "the Tutsi that we must wipe out"
        head = _head_chain(verb, ("xcomp", "conj"))[-1]
        if head.dep_ in ("relcl", "acl:relcl") and ctx.is_target(head.head) and \
                not any(c.dep_ in _SUBJ and ctx.is_target(c) for c in head.children):
            return f"elimination of {head.head.text!r}"
    return None


_RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "que", "qu'", "qui"}
_BODY_PARTS = {"throat", "throats", "neck", "necks", "head", "heads", "skull", "skulls", "face", "faces", "gorge",
               "gorges", "tête", "têtes", "cou"}
_TIME = {"time", "temps"}
_AT_PREPS = {"over", "down", "on", "at", "sur", "in", "into"}  # "fire on the X", "put a bullet in all X"
# verbs of saying and writing: the clause they introduce keeps its own intent ("a banner saying X must die")
_SAYING = {"say", "says", "said", "saying", "write", "writes", "wrote", "writing", "read", "reads", "reading",
           "claim", "claims", "claimed", "claiming", "declare", "declares", "declared", "declaring", "shout",
           "shouts", "shouted", "shouting", "chant", "chants", "chanted", "chanting", "tweet", "tweets", "tweeted",
           "post", "posts", "posted", "proclaim", "proclaims", "proclaimed", "proclaiming", "dit", "disant",
           "déclare", "déclaré", "écrit", "affirme", "affirmé", "affirmant", "criant", "scandant"}


def _wish_reason(ctx: _Context, tok: Token, hit: LexiconHit) -> str | None:
    """Death wished on a group by a phrase with no object: the group is the clause's subject ("X should not be
    allowed to live", "X do not deserve to live", "X should all be dead"), or follows "to" ("death to X")."""
    words = set(hit.text.lower().replace("n't", " n't").split())
    if words & _DEATH_PLACES:
        verb = _clause_verb(tok)
        sent = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if verb.lower_ in _BELONG or any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children):
            sent += [c for c in verb.children if c.dep_ in _SUBJ] + _inherited_subjects(verb)
        return "the group sent to its death" if any(ctx.is_target(g) for g in sent) else None
    if words & _WISH_WORDS:
        verb = _clause_verb(tok)
        subjects = [c for v in {verb, tok} for c in v.children if c.dep_ in _SUBJ]
        subjects += _inherited_subjects(verb)
        if any(ctx.is_target(s) for s in subjects):
            return "death wished on the subject"
    span = tok.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else tok
    if last.lower_ in _WISH_PREPS:  # "death to X", "the world would be better without X", "mort aux X"
        objects = [g for g in last.children if g.dep_ in ("pobj", "nmod")]
        if last.dep_ == "case":  # UD: the preposition hangs from its noun
            objects.append(last.head)
        if any(ctx.is_target(g) for g in objects):
            return "the group wished dead or gone"
    return None


# verbs that do, finish or want an elimination named by a noun (not "stop", "prevent", "condemn" or "investigate")
_DOING = {"carry", "commit", "conduct", "begin", "start", "complete", "finish", "continue", "launch", "perform", "do",
          "achieve", "need", "want", "demand", "support", "require", "pursue", "accomplish", "implement", "bring",
          "mener", "menons", "commencer", "commençons", "faire", "faisons", "poursuivre", "poursuivons", "achever",
          "achevons", "lancer", "exiger", "exigeons", "vouloir", "voulons", "veut", "veulent", "réclamer", "réclamons"}
_SOLUTION_WORDS = {"solution", "answer", "way", "option", "remedy", "cure", "réponse", "remède", "issue",
                   "voie"}


def _called_for_noun(ctx: _Context, tok: Token) -> str | None:
    """An elimination named by a noun ("ethnic cleansing of X", "the extermination of the X") that is called for:
    the object of a call or of a first-person threat ("we will carry out ethnic cleansing of the Tigrayans", "we
    need the extermination of X"), or "the only solution" ("Ethnic cleansing of the Serbs is the only solution").
    Accusations and reports ("accused the army of ethnic cleansing of the Rohingya") call for nothing."""
    target = _of_target(ctx, tok) or next((c for c in tok.children if ctx.is_target(c) and (
        c.dep_ in ("compound", "amod", "poss") or c.dep_ == "nmod" and any(
            g.dep_ == "case" and g.lower_ in ("de", "des", "du") for g in c.children))), None)
    if target is None:
        return None
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.lower_ in _DOING:
        # the speaker's own want or plan ("we need", "we will carry out"), or a call ("must begin", "Finish")
        intent = (head.lower_, False) if head.lower_ in _INTENT_HEADS else _intent(head)
        if intent is not None and (intent[1] or _speaker_subject(head)) and not _negated_call(head):
            return f"elimination of {target.text!r} called for ({intent[0]})"
    solution = next((c for c in head.children if c.dep_ in ("attr", "nsubj") and c.lower_ in _SOLUTION_WORDS), None)
    if tok.dep_ in ("nsubj", "attr") and (solution is not None or head.lower_ in _SOLUTION_WORDS):
        return f"elimination of {target.text!r} as the solution"
    return None


def _reported(tok: Token) -> bool:
    """An elimination verb in a past tense, by a third party, with no intent: a report of what happened ("security
    forces crushed the protesters", "the Tutsi were exterminated in 1994", "les troupes ont écrasé les
    rebelles"), not rhetoric. A boast by the speaker ("we exterminated them") and a call stay."""
    verb = _verb_of(tok)
    if verb.dep_ in ("prep", "case", "pobj", "obl", "nmod"):  # a phrase hanging from its verb: "sent the Jews to the
        verb = _clause_verb(tok)                              # gas chambers"
    if _intent(verb, check_negation=False) is not None or _speaker_subject(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]  # aux, auxpass, aux:pass, aux:tense
    if verb.lang_ == "fr":
        return "Past" in verb.morph.get("Tense") or any(a.lower_ in _FR_PAST_AUX for a in auxiliaries)
    return verb.lower_.endswith("ed") or verb.lower_ in _EN_PAST or any(a.lower_ in _EN_PAST_AUX for a in auxiliaries)


def _head_chain(verb: Token, deps: tuple[str, ...] = ("xcomp", "ccomp", "conj")) -> list[Token]:
    """``verb`` and the heads it hangs from through ``deps``: "kill" in "want to go and kill" -> kill, go, want."""
    heads = [verb]
    while heads[-1].dep_ in deps and heads[-1].head.i != heads[-1].i:
        if heads[-1].dep_ == "ccomp" and heads[-1].head.lower_ in _SAYING:
            break  # what is said is a clause of its own: "graffiti saying X should be shot" calls for it
        heads.append(heads[-1].head)
    return heads


def _described_intent(tok: Token) -> bool:
    """A violence verb under a wanting head inside a relative clause: "people who want to kill Jews"."""
    return any(h.dep_ in ("relcl", "acl", "acl:relcl") for h in _head_chain(_verb_of(tok))[1:])


def _negated_call(tok: Token) -> bool:
    """A violence verb that would be a call or a threat but for a negation ("must not be shot")."""
    return _intent(_verb_of(tok)) is None and _intent(_verb_of(tok), check_negation=False) is not None


_AUX_QUESTION = {"is", "are", "was", "were", "would", "should", "do", "does", "did", "can", "could", "ai", "wo", "ca"}


def _rhetorical(head: Token, neg: Token) -> bool:
    """A negative question that asserts ("Isn't it obvious that ...?", "Wouldn't it be better if ...?", "Don't you
    think ...?"): the negation opens the sentence on an inverted auxiliary, and the sentence ends with a question mark."""
    doc = head.doc
    words = [t for t in doc if not t.is_punct]
    return len(words) > 1 and words[1].i == neg.i and words[0].lower_ in _AUX_QUESTION and \
        doc[-1].text == "?" and neg.lower_ in ("n't", "not")


def _negated(tok: Token, hit: LexiconHit) -> str | None:
    """The negation that takes back what the hit would say of a group, or None: "the refugees are not rats",
    "I would never call them rats", "refugees should never be killed", "no Muslim deserves to die", "les
    réfugiés ne sont pas des rats". A negation inside the term ("not human") or before a comparison or an
    intensifier ("nothing but vermin", "no better than dogs", "not just rats") takes nothing back."""
    if any(w in _NEGATIONS for w in hit.text.lower().replace("n't", " n't").split()):
        return None
    before = {t.lower_ for t in tok.doc[max(0, tok.i - 3):tok.i]}
    if before & _NOT_NEGATING:
        return None
    chain, head = [tok], tok
    while head.dep_ in _CLIMB | {"attr", "oprd", "acomp", "dobj", "obj", "xcomp", "nsubj", "nsubjpass", "nsubj:pass",
                                "advcl", "ccomp"} and head.head.i != head.i and len(chain) < 6:
        head = head.head
        chain.append(head)
    for t in chain:
        for c in (c for c in t.children if c.i < tok.i):  # "savages, not people" takes nothing back
            if c.dep_ == "neg" and t is not tok and _rhetorical(t, c):
                continue  # "Isn't it obvious that X are a disease?", "Wouldn't it be better if X were dead?"
            if c.dep_ == "neg" and t.lower_ == "wait":
                continue  # "I can't wait to see every X die": eager, not unwilling
            if c.dep_ == "neg" or c.lower_ in _NEGATIONS - {"no"} or (c.lower_ == "no" and c.dep_ == "det"):
                return c.text
            if c.dep_ in _SUBJ and any(d.dep_ == "det" and d.lower_ in ("no", "aucun", "aucune") for d in c.children):
                return "no"  # "no Muslim deserves to die"
            if c.dep_ in _SUBJ and c.lower_ in ("nobody", "noone", "none", "personne"):
                return c.text  # "Nobody should ever poison Muslims"
    return None


def _contrasted(tok: Token, hit: LexiconHit) -> bool:
    """A metaphor with its own negation right before it, the "not" of a contrast: "people, not rats", "not
    vermin". Not inside the term ("not human") nor before an intensifier ("not just rats")."""
    if any(w in _NEGATIONS for w in hit.text.lower().replace("n't", " n't").split()):
        return False
    negs = [c for c in tok.children if c.dep_ == "neg" and c.i < tok.i]
    return bool(negs) and not {t.lower_ for t in tok.doc[negs[0].i + 1:tok.i]} & _NOT_NEGATING


_OTHER_CLAUSE = {"ccomp", "xcomp", "advcl", "relcl", "acl", "acl:relcl", "parataxis", "csubj"}


def negated_group_claim(doc: Doc | None, targets: list[TargetMention], offset: int) -> bool:
    """A one-clause sentence that denies something of a named group: "Jews aren't a monolith", "Immigrants
    aren't stealing your jobs", "Jews are not the enemy". The group is the subject of a negated root and the
    sentence has no other clause ("Jews don't belong here, send them back" is two clauses). The classifier, which reads the group
    and the predicate but not the negation, is kept off such sentences: the lexicon rules still judge them."""
    if doc is None or not targets:
        return False
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    negs = [c for c in root.children if c.dep_ == "neg"]
    if not negs or _rhetorical(root, negs[0]):
        return False
    groups = [(t.start - offset, t.end - offset) for t in targets]
    subject = next((c for c in root.children if c.dep_ in _SUBJ), None)
    if subject is None or not any(s < subject.idx + len(subject) and subject.idx < e for s, e in groups):
        return False
    return not any(t.dep_ in _OTHER_CLAUSE or (t.dep_ == "conj" and t.head.i == root.i) for t in doc)


def dependency_verdict(doc: Doc | None, sentence: str, comp: CompiledLanguage, hits: list[LexiconHit],
                       targets: list[TargetMention], offset: int) -> RuleVerdict | None:
    """A verdict from the parse of ``sentence`` (``doc``), or None when the parse supports no finding.

    Hits are relative to the sentence; ``targets`` carry document offsets and ``offset`` is where the
    sentence starts in the document. When every hit that would have counted is negated, the verdict does not
    fire and says so ("negated: ..."): the analyzer then keeps the classifier off the sentence too.
    """
    if doc is None or not hits:
        return None
    ctx = _Context(doc, comp, hits, targets, offset)
    reasons, evidence, elim, negated = [], [], [], []
    for hit in hits:
        tok = _token_at(doc, hit)
        if tok is None:
            continue
        if hit.kind == "coded" and hit.category != "eliminationist":
            why: str | None = "coded term"
        elif hit.kind == "eliminationist" or hit.category == "eliminationist":
            if hit.category == WISH_FRAME:
                # "le seul bon X est un X mort", "j'adorerais voir tous les X brûler": the lexicon's wording wishes
                # death on the group the sentence names
                why = "death wished (the lexicon's wish frame)" if ctx.groups else None
            else:
                why = _threat_reason(ctx, tok) if hit.category == "threat" else \
                    (_elimination_reason(ctx, tok) or _wish_reason(ctx, tok, hit) or _called_for_noun(ctx, tok))
            if why and hit.category not in ("threat", WISH_FRAME) and _reported(tok):
                continue  # "security forces crushed the protesters": a report (an event), not rhetoric
            if why is None and hit.category == "threat" and _negated_call(tok) and _elimination_reason(ctx, tok):
                negated.append(f"negated: {hit.text!r}")  # "refugees should never be killed"
                continue
            if why is None and hit.category == "threat" and _described_intent(tok) and _elimination_reason(ctx, tok):
                # "we need to stop people who want to kill Jews": someone else's intent, described (and often
                # condemned); the classifier, which does not read the relative clause, stays off too
                negated.append(f"negated: described intent {hit.text!r}")
                continue
            if why and (neg := _negated(tok, hit)):
                negated.append(f"negated: {hit.text!r} ({neg})")
            elif why:
                elim.append(hit)
                reasons.append(f"{hit.text!r}: {why}")
            continue
        elif _restricted_people(doc, hit):
            continue  # "X are not people we should fear", "not people to be trifled with": a kind of people
        elif _treated_like(tok):
            # "migrants were treated like animals", "they treated us like dogs", "starving like animals": what is
            # done to people or what they suffer, not a trait said of them; the classifier stays off too
            negated.append(f"negated: {hit.text!r} (treatment or suffering compared)")
            continue
        else:
            why = _metaphor_reason(ctx, tok)
            if why is None and _contrasted(tok, hit):
                # "Aren't Muslims people too, not rats?", "Roma are human beings, not pests": the metaphor is the
                # thing they are not; the classifier, which does not read the contrast, stays off too
                negated.append(f"negated: {hit.text!r} (contrasted: not {hit.text})")
                continue
        if why and (neg := _negated(tok, hit)):
            negated.append(f"negated: {hit.text!r} ({neg})")
        elif why:
            evidence.append(hit)
            reasons.append(f"{hit.text!r}: {why}")
    if not evidence and not elim:
        return RuleVerdict(0.0, [], [], [], negated, DEP_RULES_VERSION) if negated else None
    verdict = weigh(sentence, comp, evidence, elim, bool(targets), reasons, producer=DEP_RULES_VERSION)
    return verdict if verdict.fires else None
