"""Syntax rules over a token window (every language): is a lexicon hit said *of a human group*?

A metaphor counts when it is predicated of a group ("X are rats"), named ("called X rats", "traité X de
cafards"), compared ("like rats", "as vermin"), introduced by a demonstrative ("these cockroaches"), or
is a coded term. An eliminationist phrase counts when a group, a pronoun for people or a counted
metaphor is in the sentence; a violence verb (a 'threat' entry: kill, shoot, hang) only after an intent
word ("will", "should", "going to") or as an imperative opening the sentence. A negation word before a
term takes it back. Literal cues (kitchen, crops, lab, match) without a group, and distancing cues
(historian, museum), suppress a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.lexicons import CompiledLanguage, LexiconHit
from nlp.lexicons.scripts import HAS_CJK
from nlp.targets import TargetMention

__all__ = ["CONDITIONAL", "OF_GROUP_CATEGORIES", "RULES_VERSION", "RuleVerdict", "assess_sentence", "weigh"]

RULES_VERSION = "dehum-rules-v13"  # v13: a coded term names its group (outside rw, sw, am, where it is also an everyday word) and literal cues do not take it back; "настоящие", "просто", "справжні" between a group and its dash predicate; "nothing but" in Swahili, Hausa, Kinyarwanda (ila, illa, uretse); German "die" is no suffering verb and German/Dutch participles after a comparison are ("wie Tiere behandelt"); "cazados", "живут" are treatment; a violence participle that describes a group's victims is no threat ("die ermordeten Juden", "os judeus mortos"); v12: the lexicon's wish frames (cues.wish_frames: "el único X bueno es un X muerto", "quero ver todos os X mortos") count as eliminationist phrases; "no son diferentes de", "não são diferentes dos" keep the term said; a one-clause denial opening with the group ("Muslime sind nicht anders als Christen") keeps the classifier off; v11: Italian, Dutch and Polish treatment verbs, "nothing but" and "no better than", "of", subject pronouns; a demonstrative right after a group is a relative pronoun, and a disease word after a demonstrative is a disease; a term before a group modifies it only in adjective-first languages; a negation after the predicate (Hindi नहीं) takes the term back; a full-width comma before a term is an apposition; a short Chinese word after an elimination verb is no article; German and Dutch intent words, and an abstract object, up to eight words before the verb (verb-final); "لا يختلفون عن" (no different from) keeps the term said; v10: "مجرد", "كلهم" between a group and its zero-copula predicate; an elimination verb followed by an abstract object ("erradicar la malaria") is not about the group; a metaphor right before a group's noun ("the vermin gypsies"); v9: treatment verbs up to four words before the comparison, Russian and Ukrainian ones (тримали, держали); v8: a naming verb up to six words back or right after the term (German verb-final: "als Ungeziefer bezeichnet"); v7: a comparison after a verb of treatment or suffering ("treated like animals", "tratados como animales", "starving like animals") is no metaphor and keeps the classifier off; v6: a term right after a subject pronoun in a sentence naming the group ("They breed like rabbits, ... said of the Roma"); v5: "death_to" entries (Смерть мигрантам!); v4: "swarms of X" (swarm, filth, weed words), the imperative-at-start reading only in English; v3: any term right after a group is said of it; v2: violence verbs count as threats or calls only
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]", re.UNICODE)
WINDOW = 4
# eliminationist categories that count only in context: a violence verb after an intent word ("threat"), a death
# word right before a group in the dative ("death_to")
CONDITIONAL = frozenset({"threat", "death_to"})
# after a negation these keep the term said of the group: "nothing but", "no better than", "no son más que",
# "não passam de", "nichts als", "ليسوا إلا", "не более чем"
_KEEPS_SAID = {"but", "than", "just", "only", "more", "better", "que", "qu", "más", "mais", "sino", "senão", "passam",
               "passa", "als", "nur", "чем", "кроме", "просто", "ніж", "крім", "إلا", "سوى", "بد",  # "لا بد من": must
               "يختلفون", "يختلف", "تختلف",  # "لا يختلفون عن الصراصير": no different from cockroaches
               # "non sono altro che parassiti", "non sono meglio dei ratti", "niet beter dan ratten", "niets anders dan",
               # "nic innego niż", "nie lepsi niż"
               "altro", "meglio", "beter", "dan", "anders", "meer", "niż", "innym", "innego", "lepsi", "lepszy",
               # "no son diferentes de los cerdos", "não são diferentes dos porcos", "ne sont pas différents des porcs"
               "diferentes", "diferente", "distintos", "distintas", "différents", "différentes", "différent", "diversi",
               "diverse", "różnią", "różni", "rożnią", "يختلفن",  # "nie różnią się od świń", "لا يختلفن عن"
               # "si chochote ila mende", "ba komai ba ne illa kyankyasai", "nta kindi uretse inyenzi": nothing but
               "ila", "isipokuwa", "illa", "sai", "uretse"}


@dataclass(frozen=True)
class RuleVerdict:
    strength: float  # 0..1, before the classifier
    labels: list[str]
    categories: list[str]
    evidence: list[LexiconHit]
    reasons: list[str] = field(default_factory=list)
    producer: str = RULES_VERSION

    @property
    def fires(self) -> bool:
        return self.strength >= 0.5

    @property
    def negated(self) -> bool:
        """Every hit that would have counted was negated ("the refugees are not rats")."""
        return not self.fires and any(r.startswith("negated") for r in self.reasons)


def _tokens(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(sentence)]


def _index(tokens: list[tuple[int, int, str]], pos: int) -> int:
    for i, (start, end, _) in enumerate(tokens):
        if start <= pos < end or start >= pos:
            return i
    return len(tokens)


_DASHES = {"—", "–", "-", ":", "это", "це"}  # "Мигранты — животные", "Росіяни — це таргани"
# words between a group and its zero-copula predicate that keep it said of the group: "المهاجرين مجرد حيوانات" (mere
# animals), "اليهود كلهم كلاب" (all of them dogs)
_FILLERS = {"مجرد", "مجرّد", "فقط", "كلهم", "جميعهم", "كلها", "все", "всі", "wote", "duk",
            # "Журналисты — настоящие шакалы", "просто крысы", "справжні гієни"
            "настоящие", "просто", "сплошь", "сущие", "справжні", "суцільні", "прості"}


def _after_group(i: int, tokens: list[tuple[int, int, str]], group_ends: set[int]) -> bool:
    """Zero-copula predication: the metaphor (token ``i``) directly follows a group noun, a dash between."""
    j = i - 1
    while j >= 0 and (tokens[j][2] in _DASHES or tokens[j][2] in _FILLERS) and i - j <= 2:
        j -= 1
    return j >= 0 and tokens[j][1] in group_ends


# Verbs of what is done to people or what they suffer: "treated like animals", "tratados como animales", "wie
# Tiere behandelt", "starving like animals", "herded like cattle" describe mistreatment or misery (often denounced),
# not a trait said of the group as "they breed like rabbits" does. A comparison right after one does not count.
TREATMENT = frozenset({
    "treated", "treat", "treats", "treating", "handled", "herded", "hunted", "slaughtered", "butchered", "killed",
    "caged", "kept", "penned", "starving", "starve", "starved", "dying", "die", "died", "living", "live", "lived",
    "suffering", "suffer", "shot", "packed", "crammed", "transported", "sold", "traités", "traité", "traitées",
    "traitée", "traitent", "traiter", "traitait", "traitaient", "tratados", "tratadas", "tratado", "tratada", "tratan",
    "tratar", "trataban", "tratavam", "tratam", "behandelt", "behandeln", "behandelte", "behandelten",
    "morts", "meurent", "vivent", "vivre", "viven", "vivem", "mueren", "morrem", "abatidos", "massacrés",
    "massacrados", "masacrados", "gejagt", "getötet", "leben", "sterben", "hacinados", "entassés", "amontoados",
    "عوملوا", "يعاملون", "يعامل", "عومل", "обращались", "обращаются", "поводилися", "поводяться",
    "ставилися", "walitendewa", "wanatendewa", "wanaishi", "тримали", "держали", "содержали", "утримували",
    "поводились", "живут", "живуть", "жили", "живёт", "живе",
    # Italian, Dutch, Polish
    "trattati", "trattate", "trattato", "trattata", "trattano", "trattare", "trattarli", "vivono", "vivere", "muoiono",
    "ammassati", "behandeld", "behandelen", "behandelde", "behandelden", "opgesloten", "leven", "leefden",
    "traktowani", "traktowane", "traktuje", "traktują", "traktować", "traktowano", "żyją", "żyć", "żyli", "mieszkają",
    "trzymani", "trzymano", "stłoczeni", "cazados", "cazadas", "caçados", "caçadas", "chassés", "chassées"})
# languages where a word right before a group's noun modifies it ("the vermin gypsies"); Arabic too, where the
# construct "كلاب الشيعة" (dogs of the Shia) is the insult itself (an L-HSAB dev positive is lost without it)
_ADJECTIVE_FIRST = {"en", "de", "nl", "ru", "uk", "zh", "am", "hi", "ar"}
_SUBJECT_PRONOUNS = {"they", "ils", "elles", "ellos", "ellas", "eles", "elas", "sie", "они", "вони", "loro", "zij", "oni"}
_OF = {"of", "de", "des", "du", "d", "von", "der", "من", "ya", "wa", "za", "do", "da", "dos", "das", "del", "из", "di",
       "degli", "dei", "van"}
# words said of a group after "of" ("swarms of migrants"); not animals: "the dogs of the Kurds" is possession
OF_GROUP_CATEGORIES = {"vermin_insects", "filth", "plants_weeds"}


def _metaphor_reason(hit: LexiconHit, tokens: list[tuple[int, int, str]], comp: CompiledLanguage,
                     has_group: bool, has_pronoun: bool, group_ends: set[int] | frozenset[int] = frozenset(),
                     group_starts: set[int] | frozenset[int] = frozenset(), violent: bool = False) -> str | None:
    if hit.kind == "coded":
        return "coded term"
    i = _index(tokens, hit.start)
    j = _index(tokens, hit.end)
    after = [t[2] for t in tokens[j:j + 2]]
    before = [t[2] for t in tokens[max(0, i - WINDOW):i]]
    # Arabic writes "as" as a clitic (كـ); demonstratives may be the token itself in some scripts. Right after a group a
    # demonstrative is a relative pronoun ("Moslims die varkens houden"), and a disease word after one is a disease
    # ("Questo virus colpisce i migranti") unless it is said of the group
    if any(tokens[k][2] in comp.demonstratives and not (k > 0 and tokens[k - 1][1] in group_ends)
           for k in range(max(0, i - 2), i)) and (hit.category != "disease_contamination" or violent):
        return "demonstrative"
    people = has_group or has_pronoun
    # the naming verb may stand a little further back ("calificó a los venezolanos de cucarachas") or, in German,
    # at the clause's end ("weil er Flüchtlinge als Ungeziefer bezeichnet hatte")
    naming_window = [t[2] for t in tokens[max(0, i - WINDOW - 2):i]] + after
    if people and any(w in comp.naming for w in naming_window):
        return "named as"
    if people and any(w in comp.copulas for w in before):
        return "predicated of group"
    if people and any(w in comp.copulas_after for w in after):
        return "predicated of group"
    # right after a group: in zero-copula languages, when the term carries its own predicate ("si binadamu",
    # "keine Menschen", "не люди"), or is a verb said of the group ("los musulmanes infestan", "Muslime
    # verseuchen")
    if _after_group(i, tokens, group_ends):
        return "predicated of group"
    # right after a subject pronoun when the sentence names the group ("They breed like rabbits, the mayor said of
    # the Roma"); not a possessive ("their dogs")
    if has_group and i > 0 and tokens[i - 1][2] in _SUBJECT_PRONOUNS:
        return "predicated of a pronoun for the group"
    if people and any(w in comp.comparison for w in before):
        return "compared with"
    # "swarms of migrants", "أسراب من المهاجرين", "enjambres de inmigrantes": a swarm, filth or weed word of the group
    if hit.category in OF_GROUP_CATEGORIES and j < len(tokens) and tokens[j][2] in _OF and \
            j + 1 < len(tokens) and any(tokens[k][0] in group_starts for k in range(j + 1, min(j + 3, len(tokens)))):
        return "group modifier"
    if has_group and tokens[max(0, i - 1)][2] in {",", "，", "、", "—", "-", "("}:
        return "apposition"
    # right before the group's noun, modifying it: "the vermin gypsies", "those parasite migrants" (a disease word
    # there names what people flee or carry: "plague refugees")
    # (in languages that put adjectives before nouns: in Polish or Italian the word before a group is its possessed
    # noun, "Pies Cyganów" (the Roma's dog), or the group is an adjective, "I cani rom")
    if j < len(tokens) and tokens[j][0] in group_starts and hit.category != "disease_contamination" and \
            comp.language in _ADJECTIVE_FIRST:
        return "modifies the group"
    return None


def _after_treatment(tokens: list[tuple[int, int, str]], k: int, language: str = "en") -> bool:
    """A verb of treatment or suffering up to four words before token ``k`` ("treated like", "тримали в умовах, як").
    English "die" is the German and Dutch article: "Die Muslime sind wie Ratten" compares no suffering."""
    return any(t[2] in TREATMENT and (t[2] != "die" or language == "en") for t in tokens[max(0, k - 4):k])


def _treated_like(tokens: list[tuple[int, int, str]], i: int, comp: CompiledLanguage) -> bool:
    """The comparison before token ``i`` follows a verb of treatment or suffering ("treated like animals")."""
    for k in range(i - 1, max(-1, i - WINDOW - 1), -1):
        if tokens[k][2] in comp.comparison:
            return _after_treatment(tokens, k, comp.language) or _treatment_after(tokens, i, comp.language)
    return False


def _treatment_after(tokens: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """German and Dutch put the participle after the comparison: "wie Tiere behandelt", "als beesten behandeld"."""
    return language in _VERB_LAST and any(t[2] in TREATMENT and t[2] != "die" for t in tokens[i + 1:i + 4])


_VERB_LAST = frozenset({"de", "nl"})


def treatment_compared(sentence: str, comp: CompiledLanguage) -> bool:
    """A comparison right after a verb of treatment or suffering anywhere in ``sentence`` ("are treated like
    cattle"): the classifier, which does not read it, is kept off such sentences."""
    tokens = _tokens(sentence)
    return any(t[2] in comp.comparison and (_after_treatment(tokens, k, comp.language) or
                                             _treatment_after(tokens, k + 1, comp.language))
               for k, t in enumerate(tokens))


def _threat_intent(sentence: str, hit: LexiconHit, tokens: list[tuple[int, int, str]], comp: CompiledLanguage) -> bool:
    """A violence verb ('threat' entries) is a threat or a call, not a report: an intent word in the
    ``WINDOW`` tokens before it ("will kill", "should all be shot", "vamos a matar"), or the verb's base
    form opens the sentence (an imperative: "Kill them all")."""
    i = _index(tokens, hit.start)
    if i == 0 and hit.text.lower() == hit.term.lower() and comp.language == "en":
        # "Kill them all"; not a headline's "Killed: ...". Only English: elsewhere the lexicon form is an
        # infinitive or a verbal noun ("Matar a los inmigrantes es un crimen", "قتل المهاجرين جريمة": killing
        # them is a crime); imperatives there are entries of their own (maten, اقتلوا)
        return True
    start = tokens[max(0, i - _VERB_FINAL.get(comp.language, WINDOW))][0]
    return comp.intent_cue(sentence[start:hit.start]) is not None


def _modifies_group(hit: LexiconHit, tokens: list[tuple[int, int, str]], group_starts: set[int],
                    group_ends: set[int]) -> bool:
    """A violence participle that describes a group's members as victims: after an article and right before the group's
    noun ("die getöteten Flüchtlinge", "the murdered Jews"), or right after it with a participle ending ("os judeus
    mortos no Holocausto", "les réfugiés tués"). Remembered or reported, no threat; "hunting trans people" and
    "asesinarlos" are a verb with its object."""
    text = hit.text.lower()
    if text == hit.term.lower():
        return False
    i = _index(tokens, hit.start)
    j = _index(tokens, hit.end)
    before = j < len(tokens) and tokens[j][0] in group_starts and i > 0 and tokens[i - 1][2] in _ARTICLES and \
        _PARTICIPLE_BEFORE.search(text) is not None
    after = i > 0 and tokens[i - 1][1] in group_ends and _PARTICIPLE_AFTER.search(text) is not None
    return before or after


_ARTICLES = frozenset({"the", "those", "these", "die", "der", "den", "dem", "des", "de", "het", "all", "alle"})
_PARTICIPLE_BEFORE = re.compile(r"(?:ed|en|ten|te|de)$")
_PARTICIPLE_AFTER = re.compile(r"(?:ad[oa]s?|id[oa]s?|rt[oa]s|[ée]s|ées|ati|ate|iti|ite|isi|ise)$")


# verb-final clauses put the object between the modal and the verb: "Ich werde jeden dieser Muslime erschießen",
# "We moeten al die moslims doodschieten", and the object before the verb: "मुसलमानों में गरीबी को जड़ से खत्म करो"
_VERB_FINAL = {"de": 8, "nl": 8, "hi": 8}


def _death_to_group(hit: LexiconHit, tokens: list[tuple[int, int, str]], comp: CompiledLanguage,
                    group_starts: set[int]) -> bool:
    """A 'death_to' word ("смерть") wishes death on the group right after it when that group word has one of
    the lexicon's ``death_to_endings`` ("Смерть мигрантам!", dative); "смерть мигрантов" (genitive) is their
    death, reported."""
    j = _index(tokens, hit.end)
    while j < len(tokens) and tokens[j][2] in {"всем", "всім", "этим", "цим", "wszystkim", "tym"}:  # "смерть всем евреям"
        j += 1
    return j < len(tokens) and tokens[j][0] in group_starts and tokens[j][2].endswith(comp.death_to_endings)


def denied_of_group(sentence: str, comp: CompiledLanguage, targets: list[TargetMention], offset: int = 0) -> bool:
    """The window rules' reading of a one-clause denial about a group: the sentence opens with the group (after at
    most one article), then its copula and a negation, in either order, within four words ("Muslime sind nicht
    anders als Christen", "Los musulmanes no son diferentes de los cristianos"), and has no comma or second clause.
    The classifier, which does not read the negation, is kept off such a sentence (``negated_group_claim`` is the
    parse's reading for en and fr)."""
    if not targets or "," in sentence or ";" in sentence or not comp.copulas or not comp.negation:
        return False
    tokens = _tokens(sentence)
    first = min(t.start - offset for t in targets)
    i = _index(tokens, first)
    if i > 1 or (i == 1 and len(tokens[0][2]) > 4):  # the group opens the sentence (after an article)
        return False
    j = _index(tokens, max(t.end - offset for t in targets if t.start - offset == first))
    window = [t[2] for t in tokens[j:j + 4]]
    return any(w in comp.copulas for w in window[:3]) and any(w in comp.negation for w in window)


def assess_sentence(sentence: str, comp: CompiledLanguage, hits: list[LexiconHit],
                    targets: list[TargetMention], offset: int = 0) -> RuleVerdict:
    """``hits`` are relative to ``sentence``; ``targets`` to the document, where the sentence starts at ``offset``."""
    tokens = _tokens(sentence)
    group_ends = {t.end - offset for t in targets}
    group_starts = {t.start - offset for t in targets}
    words = {t[2] for t in tokens}
    has_group = bool(targets)
    has_pronoun = bool(words & comp.pronouns)
    reasons: list[str] = []
    evidence: list[LexiconHit] = []
    negated: list[str] = []
    elim_hits = [h for h in hits if (h.kind == "eliminationist" or h.category == "eliminationist")
                 and (h.category != "threat" or (_threat_intent(sentence, h, tokens, comp) and
                                                  not _modifies_group(h, tokens, group_starts, group_ends)))
                 and (h.category != "death_to" or _death_to_group(h, tokens, comp, group_starts))]
    violent = bool(elim_hits)  # a disease word after a demonstrative counts with one: "sterminare questi parassiti"
    for hit in hits:
        if hit.kind in ("metaphor", "coded") and hit.category != "eliminationist":
            treated = hit.kind == "metaphor" and _treated_like(tokens, _index(tokens, hit.start), comp)
            why = None if treated else _metaphor_reason(hit, tokens, comp, has_group, has_pronoun, group_ends,
                                                        group_starts, violent)
            if treated and (has_group or has_pronoun):
                negated.append(f"negated: {hit.text!r} (treatment or suffering compared, not a trait)")
            elif why and (neg := _negation_before(hit, tokens, comp, hits) or _negation_after(hit, tokens, comp)):
                negated.append(f"negated: {hit.text!r} ({neg})")
            elif why:
                reasons.append(f"{hit.text!r}: {why}")
                evidence.append(hit)
    # about a thing ("erradicar la malaria"): the classifier, which would see the verb and the group, stays off too
    things = [h for h in elim_hits if _about_a_thing(h, tokens, comp)]
    negated += [f"negated: {h.text!r} (about a thing, not people)" for h in things]
    elim_hits = [h for h in elim_hits if h not in things]
    if not (has_group or has_pronoun or evidence):
        elim_hits = []
    kept: list[LexiconHit] = []
    for hit in elim_hits:
        if neg := _negation_before(hit, tokens, comp, hits):
            negated.append(f"negated: {hit.text!r} ({neg})")
        else:
            kept.append(hit)
    elim_hits = kept
    if elim_hits:
        reasons.append("eliminationist phrase about people")
    verdict = weigh(sentence, comp, evidence, elim_hits, has_group, reasons)
    if not verdict.fires and negated:
        return RuleVerdict(0.0, [], [], [], negated)
    return verdict


def _about_a_thing(hit: LexiconHit, tokens: list[tuple[int, int, str]], comp: CompiledLanguage) -> bool:
    """The elimination verb's object, right after it (an article or preposition of up to three letters between), is
    one of the lexicon's ``abstract_objects``: "erradicar la malaria entre los migrantes", "القضاء على الفقر",
    "искоренить бедность" are about the disease or the poverty, not the group named later."""
    if not comp.abstract_objects:
        return False
    j, skipped = _index(tokens, hit.end), 0
    # short words after the verb are articles and prepositions ("la", "de la"); not in Chinese, where a short word
    # may be the group's name (穆斯林)
    while j < len(tokens) and skipped < 2 and len(tokens[j][2]) <= 3 and tokens[j][2].isalpha() and \
            not HAS_CJK.search(tokens[j][2]):
        j, skipped = j + 1, skipped + 1
    following = " ".join(t[2] for t in tokens[j:j + 3])
    if following and following.startswith(comp.abstract_objects):
        return True
    # verb-final: the object comes before the verb ("Wir werden die Armut unter den Migranten ausrotten")
    i = _index(tokens, hit.start)
    return comp.language in _VERB_FINAL and any(t[2].startswith(comp.abstract_objects)
                                                  for t in tokens[max(0, i - _VERB_FINAL[comp.language]):i])


def _negation_before(hit: LexiconHit, tokens: list[tuple[int, int, str]], comp: CompiledLanguage,
                     hits: list[LexiconHit]) -> str | None:
    """A negation word (the lexicon's ``cues.negation``) in the ``WINDOW`` tokens before the hit that takes it
    back ("no son ratas", "sind keine Ratten", "не крысы"), unless a comparison or an intensifier follows it
    ("no son más que ratas", "ليسوا إلا كلاب": nothing but rats). A negation inside the term itself ("not
    human", "не люди") is part of what it says, and a negation before another term is that term's ("ليس
    الكلاب من كلاب ...": the second "dogs" stands)."""
    i = _index(tokens, hit.start)
    stop = max((h.end for h in hits if h.end <= hit.start), default=0)
    before = [t[2] for t in tokens[max(0, i - WINDOW):i] if t[0] >= stop]
    for k, word in enumerate(before):
        if word in comp.negation and not set(before[k + 1:]) & _KEEPS_SAID:
            return word
    return None


def _negation_after(hit: LexiconHit, tokens: list[tuple[int, int, str]], comp: CompiledLanguage) -> str | None:
    """A negation written after the predicate (the lexicon's ``cues.negation_after``) in the two tokens after the
    hit: Hindi "मुसलमान कीड़े नहीं हैं" (are not insects)."""
    if not comp.negation_after:
        return None
    j = _index(tokens, hit.end)
    return next((t[2] for t in tokens[j:j + 2] if t[2] in comp.negation_after), None)


# languages where the coded terms are also everyday words (Kinyarwanda inyenzi "cockroaches", Swahili madoadoa
# "spots", Amharic ጅብ "hyena"): literal cues still count against them there
CODED_ARE_WORDS = frozenset({"rw", "sw", "am"})


def weigh(sentence: str, comp: CompiledLanguage, metaphors: list[LexiconHit], eliminations: list[LexiconHit],
          has_group: bool, reasons: list[str], producer: str = RULES_VERSION) -> RuleVerdict:
    """Strength and labels from accepted metaphor and eliminationist hits (shared by window and parse rules)."""
    metaphor_ok, elim_ok = bool(metaphors), bool(eliminations)
    evidence = metaphors + [h for h in eliminations if h not in metaphors]
    strength = 0.0
    # a coded term names its group itself ("The inyenzi are hiding near the parish"), outside the languages where
    # it is also an everyday word
    has_group = has_group or (any(h.kind == "coded" for h in metaphors) and comp.language not in CODED_ARE_WORDS)
    if metaphor_ok:
        strength = 0.6 + (0.15 if has_group else 0.0) + (0.15 if elim_ok else 0.0)
    elif elim_ok:
        strength = 0.55 + (0.15 if has_group else 0.0)
    literal = comp.literal_cues(sentence)
    if literal and all(h.kind == "coded" for h in metaphors) and metaphors and comp.language not in CODED_ARE_WORDS:
        literal = []  # "The inyenzi are hiding in the plantations": in English the coded word names only people
    if literal and not has_group and strength:
        strength *= 0.4
        reasons.append(f"literal cues {literal}")
    distancing = comp.distancing_cues(sentence)
    if distancing and strength:
        strength *= 0.4
        reasons.append(f"distancing cues {distancing}")
    labels = (["dehumanization"] if metaphor_ok else []) + (["eliminationist"] if elim_ok else [])
    categories = sorted({h.category for h in metaphors if h.category})
    return RuleVerdict(round(min(strength, 1.0), 3), labels, categories, sorted(evidence, key=lambda h: h.start),
                       reasons, producer)
