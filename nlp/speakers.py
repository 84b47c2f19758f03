"""Who said it: speaker attribution for direct and reported speech, with role and ``is_official``.

Patterns cover "X said/told/called/described/wrote ...", "according to X", "..., X said",
and the reported-criticism case "Y condemned X for calling ..." (the speaker is X, not Y).
English and French patterns in full; for es, pt, de, ru, uk, sw, ha, rw, it, nl, pl, zh and hi "<speaker>
<said-verb>" at the start of a sentence ("部长说", "मंत्री ने कहा": the text is read with Chinese words spaced and
Hindi vowel signs as letters, see ``nlp.lexicons.scripts``), Arabic verb-first "قال الوزير إن", and Amharic
"<speaker> ... አለ" (verb last).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicons.scripts import HAS_CJK, marks_as_letters
from store import Span, Speaker

__all__ = ["OFFICIAL_ROLES", "ROLE_WORDS", "attribute_speaker", "role_of"]

OFFICIAL_ROLES = {"head_of_state", "minister", "military", "police", "official"}
# Checked in order: the first role whose word occurs in the speaker phrase wins.
ROLE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("militia_leader", ("militia", "milice", "warlord", "janjaweed")),
    ("minister", ("minister", "ministre", "ministro", "министр", "міністр", "waziri", "minisitiri", "minista",
                  "وزير", "الوزير", "ሚኒስት", "innenminister", "außenminister", "aussenminister", "justizminister",
                  "verteidigungsminister", "bundesminister", "staatsminister", "ministra", "部长", "外长",
                  marks_as_letters("मंत्री"))),
    ("head_of_state", ("president", "président", "presidente", "prime minister", "premier", "king", "emir",
                       "sultan", "head of state", "chancellor", "президент", "rais", "kanzler", "perezida",
                       "shugaban ƙasa", "shugaban kasa", "الرئيس", "رئيس", "ፕሬዚዳን", "ጠቅላይ ሚኒስት", "bundeskanzler",
                       "bundespräsident", "staatspräsident", "ministerpräsident", "premierminister", "prezydent",
                       "总统", "主席", "总理", marks_as_letters("राष्ट्रपति"),
                       marks_as_letters("प्रधानमंत्री"))),
    ("military", ("general", "army", "soldier", "commander", "colonel", "military", "officer", "armée",
                  "militaire", "général", "commandant", "ejército", "exército", "comandante", "генерал", "армии",
                  "jeshi", "mwanajeshi", "الجيش", "قائد", "bundeswehr", "armee", "командир", "військов", "военн",
                  "generale", "esercito", "generaal", "leger", "generał", "wojsk", "将军", "军队", "军方",
                  marks_as_letters("सेना"))),
    ("police", ("police", "policía", "polícia", "polizei", "polizeichef", "polizeisprecher", "полиц", "поліц",
                "polisi", "الشرطة", "ፖሊስ", "polizia", "politie", "policj", "警察", "警方", marks_as_letters("पुलिस"))),
    ("cleric", ("preacher", "imam", "pastor", "priest", "cleric", "bishop", "sheikh", "rabbi", "monk",
                "prédicateur", "prêtre", "abbé", "священник", "священик", "митрополит", "патриарх", "муфтий",
                "imamu", "mchungaji", "sacerdote", "cura", "padre", "priester", "pfarrer")),
    ("journalist", ("journalist", "reporter", "columnist", "journaliste", "журналист", "журналіст", "ведущий",
                    "ведучий", "periodista", "jornalista")),
    ("media", ("radio", "newspaper", "television", "station", "channel", "broadcaster", "tabloid", "journal",
               "magazine", "tv", "телеканал", "газет", "радио")),
    ("official", ("governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "official", "ambassador",
                  "prefect", "commissioner", "administrator", "gouverneur", "préfet", "porte-parole",
                  "maire", "gobernador", "portavoz", "alcalde", "porta-voz", "prefeito", "governador", "sprecher",
                  "regierungssprecher", "bürgermeister", "msemaji", "mkuu wa mkoa", "المتحدث", "محافظ", "губернатор",
                  "глава района", "глава города", "глава администрации", "голова району", "голова міста", "мэр",
                  "пресс-секретарь", "sindaco", "portavoce", "burgemeester", "woordvoerder", "burmistrz", "rzecznik",
                  "wojewoda", "发言人", "市长", "省长", marks_as_letters("प्रवक्ता"))),
    ("politician", ("mp", "senator", "lawmaker", "legislator", "politician", "party", "candidate", "deputy",
                    "candidat", "candidato", "vereador", "concejal", "conseiller", "stadtrat", "politiker",
                    "député", "leader", "opposition", "parliament", "diputado", "senador", "deputado", "abgeordnete",
                    "mbunge", "wabunge", "النائب", "депутат")),
]

_VERBS = (r"said|says|told|tells|called|calls|described|describes|declared|declares|promised|promises|warned|"
          r"warns|wrote|writes|stated|states|tweeted|posted|claimed|claims|urged|urges|vowed|vows|branded|"
          r"labelled|labeled|announced|added|insisted|shouted|proclaimed|referred|compared|chanted|preached|"
          r"yelled|screamed|sang|ordered|commanded|instructed|exhorted|demanded|boasted|threatened|pledged|swore|"
          r"roared|"
          r"likened|a déclaré|a dit|a appelé|a traité|a qualifié|a comparé|a affirmé|a écrit|a promis|déclare|affirme|dit")
_NP = r"((?:[A-Z\u00C0-\u00DE][\w'’-]*|the|The|a|A|an|An|le|la|les|Le|La|Les|l'|L'|un|une|Un|Une|of|de|du|des|"\
      r"d'|[a-z\u00E0-\u00FF][\w'’-]*|[\u0400-\u04FF][\w'’-]*)(?:\s+(?!(?:that|who|which|qui|que)\b)[\w'’-]+){0,6}?)"
_CONDEMN = re.compile(
    r"\b(?:condemn\w*|criticiz\w*|criticis\w*|denounc\w*|accus\w*|slamm?\w*|rebuk\w*|censur\w*|"
    r"condamn\w*|dénonc\w*|critiqu\w*|reproch\w*)\s+" + _NP +
    r"\s+(?:for|of|over|after|pour|d'avoir)\s+(?:calling|describing|saying|comparing|labell?ing|branding|"
    r"referring|his|her|their|avoir|traité|qualifié|comparé)", re.UNICODE)
# ... and in the passive: the one condemned, convicted or criticized for the words spoke them ("The mayor was
# convicted for calling the Roma rats", "Le maire a été condamné pour avoir traité les Roms de rats", "O vereador
# foi condenado por chamar os haitianos de praga", "Der Politiker wurde kritisiert, weil er Flüchtlinge als
# Ungeziefer bezeichnet hatte")
_CONDEMNED = re.compile(
    r"(?:^|[.;:!?]\s+)" + _NP + r",?\s+(?:"
    r"(?:was|were|has\s+been|had\s+been|have\s+been|is\s+being)\s+(?:\w+\s+)?(?:condemned|criticized|criticised|"
    r"convicted|fined|sentenced|denounced|suspended|expelled|sacked|fired|investigated|charged|sued|slammed|"
    r"rebuked|censured|removed|arrested)\s+(?:for|over|after)\s+(?:calling|describing|saying|comparing|"
    r"labell?ing|branding|referring)"
    r"|(?:a|ont|avait|avaient)\s+été\s+(?:condamnée?s?|critiquée?s?|sanctionnée?s?|suspendue?s?|exclue?s?|"
    r"poursuivie?s?|mise?s?\s+en\s+examen|dénoncée?s?)\s+pour\s+avoir\s+(?:traité|qualifié|comparé|dit|appelé)"
    r"|(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:condenad|criticad|sancionad|multad|suspendid|expulsad|denunciad)"
    r"[oa]s?\s+por\s+(?:llamar|calificar|comparar|decir|tratar)"
    r"|(?:foi|foram|tem\s+sido)\s+(?:condenad|criticad|multad|suspens|expuls|denunciad|processad)[oa]s?\s+por\s+"
    r"(?:chamar|comparar|dizer|classificar|xingar)"
    r"|(?:wurde|wurden)\s+(?:\w+\s+)?(?:kritisiert|verurteilt|angezeigt|suspendiert|ausgeschlossen|entlassen),?\s+"
    r"weil\s+(?:er|sie)"
    # a denial names who is said to have spoken the words: "The minister denied calling the protesters rats"
    r"|(?:has\s+|had\s+)?(?:denied|denies)\s+(?:having\s+)?(?:called|calling|described|describing|said|saying|"
    r"compared|comparing|labell?ed|labell?ing|branded|branding)"
    r"|a\s+nié\s+avoir\s+(?:traité|qualifié|comparé|dit|appelé)|negó\s+haber\s+(?:llamado|calificado|comparado|"
    r"dicho)|negou\s+ter\s+(?:chamado|comparado|dito|classificado))", re.UNICODE)
# ... and in Russian and Ukrainian: "Правозащитники осудили депутата, назвавшего мигрантов тараканами"
_CONDEMNED_CYR = re.compile(r"(?<!\w)(?:осудил\w*|раскритиковал\w*|засудил\w*|розкритикувал\w*|осуждают|засуджують)\s+"
                            r"([\u0400-\u04FF][\w'’-]*(?:\s+[\u0400-\u04FF][\w'’-]*){0,3}?),?\s+"
                            r"(?:назвавш\w*|который\s+назвал|которая\s+назвала|який\s+назвав|яка\s+назвала|"
                            r"сравнивш\w*|порівнял\w*)", re.UNICODE)
# reported speech inside reported speech: the one who called the group names is the speaker, not the one
# reporting it ("Activists said the police chief called the Kurds subhuman", "Witnesses reported that a senior
# officer had described the villagers as vermin")
_INNER = re.compile(r"\b(?:said|says|reported|reports|claimed|claims|alleged|alleges|told \w+|confirmed|recalled|"
                    r"a affirmé|a rapporté|affirment|ont rapporté)\s+(?:that\s+|que\s+|qu')?" + _NP +
                    r"\s+(?:had\s+|has\s+|have\s+|avait\s+|a\s+)?(?:called|described|compared|likened|branded|"
                    r"labell?ed|referred to|traité|qualifié|comparé)\b", re.UNICODE)
_ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Ss]elon|[Dd]'après|[Ss]egún|[Ss]egundo|[Ll]aut)\s+" + _NP + r"(?=[,.;:]|$)", re.UNICODE)
# an opening phrase is no subject: "In a video posted on Facebook, militia leader X called ..."
_NOT_SUBJECT = r"(?!(?:In|On|At|During|After|Before|From|With|Under|Speaking|Dans|En|Lors|Après|Avant|Sur)\s)"
_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+|,?[”»]\s*|[,.!?]['’]\s+|,\s*|\"\s*|“\s*)" + _NOT_SUBJECT + _NP
                      + r",?\s+(?:has\s+|had\s+|have\s+)?(?:" + _VERBS + r")\b", re.UNICODE)
# the subject of a naming verb ("called", "described") is the speaker even when a source is cited: "According to
# witnesses, the police chief described the Oromo protesters as vermin"
_NAMER = re.compile(r"(?:^|[.;:!?]\s+|,\s*)" + _NOT_SUBJECT + _NP + r",?\s+(?:has\s+|had\s+)?(?:called|described|"
                    r"compared|likened|branded|labell?ed|referred to|a traité|a qualifié|a comparé)\b", re.UNICODE)
# a headline's speaker before a colon and a quotation: "Minister: 'Migrants are locusts ...'"
_HEADLINE = re.compile(r"^\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z]?[\w'’-]+)\s*:\s*[\"'“‘«]", re.UNICODE)
# Other languages: "<speaker> <said-verb>" at a sentence start (es, pt, de, ru, uk, sw, ha, rw, it, nl, pl, zh, hi), Arabic
# verb-first ("قال الوزير إن"), Amharic verb-last ("ሚኒስትሩ ... አለ").
_OTHER_VERBS = (r"dijo|afirmó|declaró|aseguró|advirtió|llamó|calificó|tildó|tachó|describió|comparó|disse|afirmou|"
                r"declarou|chamou|classificou|comparou|descreveu|sagte|erklärte|verglich|"
                r"behauptete|nannte|bezeichnete|beschimpfte|сказал|сказала|заявил|заявила|заявили|назвал|назвала|сказав|сказала|заявив|"
                r"назвав|alisema|walisema|amesema|wamesema|yavuze|bavuze|ya ce|ta ce|sun ce|"
                # Italian, Dutch, Polish (session 11)
                r"ha detto|hanno detto|ha dichiarato|ha affermato|ha definito|ha chiamato|ha paragonato|ha scritto|"
                r"dichiarò|zei|zegt|verklaarde|noemde|vergeleek|schreef|heeft gezegd|powiedział|powiedziała|"
                r"stwierdził|stwierdziła|oświadczył|oświadczyła|nazwał|nazwała|porównał|porównała|napisał|napisała|"
                # Chinese (segmented into words before the scan) and Hindi ("मंत्री ने कहा"; vowel signs read as letters)
                r"说|表示|称|声称|宣称|写道|" + marks_as_letters(r"ने कहा|ने कहा है|ने बताया|का कहना है"))
_SUBJECT_OTHER = re.compile(r"(?:^|[.;:!?,]\s+)(\w[\w'’-]*(?:\s+\w[\w'’-]*){0,3}?),?\s+(?:" + _OTHER_VERBS + r")(?!\w)",
                            re.UNICODE)
_ARABIC = re.compile(r"(?:^|\s)(?:و|ف)?(?:قال|قالت|صرح|صرّح|أعلن|أعلنت|أكد|أكدت|وصف|وصفت)\s+"
                     r"((?:ال)?\w+(?:\s+(?:ال)\w+){0,2})\s+(?:إن|أن|:|بأن)", re.UNICODE)
_AMHARIC = re.compile(r"^\s*(\S+(?:\s+\S+)??)\s.*\s(?:አለ|አሉ|አለች|ብሏል|ብለዋል|ብላለች)[።.!]?\s*$", re.UNICODE)
_POST = re.compile(r"(?:[\"”»“]\s*,?\s*[—–]?|,)\s*(?:said|wrote|told|declared|ordered|shouted|a déclaré|a dit|dijo|afirmó|declaró|aseguró|"
                   r"ha detto|ha dichiarato|zei|verklaarde|powiedział|powiedziała|stwierdził|"
                   r"disse|afirmou|declarou|sagte|erklärte|сказал|сказала|заявил|заявила)\s+" + _NP +
                   # the speaker ends at punctuation or at what the words were about or where they were said: "dijo el
                   # alcalde de la ciudad sobre los gitanos", "sagte der Bürgermeister über die Roma"
                   r"(?=[,.;]|$|\s+(?:about|sobre|über|sur|acerca|durante|during|lors|während|bei|at a|in a|en un|en una|"
                   r"em um|em uma|dans un|dans une)\b)",
                   re.UNICODE)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    text: str


def role_of(phrase: str) -> str:
    """Role from the phrase's head (last word) first, e.g. "militia's radio station" -> media; a generic head
    (officer, commander, spokesman, leader) takes its institution's role: "police officer" -> police, "army
    spokesman" -> military, "militia leaders" -> militia_leader."""
    words_in = phrase.lower().split()
    for low in ([words_in[-1]] if words_in else []) + [phrase.lower()]:
        role = _role_in(low)
        if role != "unknown":
            break
    else:
        return "unknown"
    if role in ("military", "official", "politician") and len(words_in) > 1:
        institution = _role_in(" ".join(words_in[:-1]))
        if institution in ("police", "military", "militia_leader") and institution != role:
            return institution
    return role


def _role_in(low: str) -> str:
    for role, words in ROLE_WORDS:
        # a Chinese role word ends a compound ("内政部长", minister of the interior): no word start to look for
        if any(w in low if HAS_CJK.search(w) else re.search(rf"(?<!\w){re.escape(w)}", low) for w in words):
            return role
    return "unknown"


def _clean(text: str) -> str:
    text = re.sub(r"^(?:the|a|an|le|la|les|l'|un|une|el|los|o|os|der|die|das)\s+", "", text.strip(),
                  flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", text).strip(" ,")


# "according to recordings of the speech" names the evidence, not who spoke.
_NOT_A_SPEAKER = re.compile(r"^(?:the\s+|a\s+|les?\s+|la\s+|des\s+)?(?:recordings?|reports?|footage|videos?|"
                            r"documents?|transcripts?|records?|images?|data|figures|enregistrements?|vidéos?|"
                            r"rapports?|documents?)\b", re.IGNORECASE)


def _find(sentence: str) -> _Candidate | None:
    for pattern in (_CONDEMN, _CONDEMNED, _CONDEMNED_CYR, _INNER, _ACCORDING, _POST):
        m = pattern.search(sentence)
        if m and pattern is _ACCORDING and (namer := _NAMER.search(sentence, m.end())) and \
                _clean(namer.group(1)).lower() not in _PRONOUNS:
            m = namer
        if m and not (pattern is _ACCORDING and _NOT_A_SPEAKER.match(m.group(1))):
            return _Candidate(m.start(1), m.end(1), m.group(1))
    m = _HEADLINE.match(sentence)
    if m and (role_of(m.group(1)) != "unknown" or m.group(1)[:1].isupper() and " " in m.group(1).strip()):
        return _Candidate(m.start(1), m.end(1), m.group(1))
    for pattern in (_SUBJECT, _SUBJECT_OTHER, _ARABIC, _AMHARIC):
        m = pattern.search(sentence)
        if m:
            return _Candidate(m.start(1), m.end(1), m.group(1))
    return None


# "..., he said", "She said the migrants were ...": a pronoun speaker, whose antecedent an earlier sentence names
_PRONOUN_SPEAKER = re.compile(r"(?:^|[.;:!?,”\"»]\s*)(?:he|she|He|She|il|elle|Il|Elle)\s+(?:has\s+|had\s+)?(?:" + _VERBS +
                              r"|added|a ajouté)\b", re.UNICODE)
# the subject opening a sentence, up to its verb: "Governor Ali Musa addressed a rally", "The interior minister
# spoke to reporters"
_LEAD_SUBJECT = re.compile(r"(?:^|(?<=[.;!?])\s+)((?:The |A |An |Le |La |L'|Un |Une )?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
                           r"(?:said|says|spoke|speaks|told|addressed|gave|wrote|met|visited|appeared|made|delivered|"
                           r"held|posted|tweeted|issued|was|is|has|had|arrived|opened|launched|attended|a déclaré|"
                           r"a parlé|s'est exprimé|s'est exprimée|a prononcé|a tenu)\b", re.UNICODE)
_PRONOUNS = {"we", "i", "they", "he", "she", "it", "this", "that", "nous", "ils", "il", "elle", "elles", "on"}


def _antecedent(before: str) -> tuple[int, int, str] | None:
    """The last sentence-opening subject in ``before`` that has a role or a capitalized name (start, end, text)."""
    found = None
    for m in _LEAD_SUBJECT.finditer(before):
        phrase = _clean(m.group(1))
        if phrase.lower() in _PRONOUNS or not phrase:
            continue
        if role_of(phrase) != "unknown" or any(w[:1].isupper() for w in phrase.split()[1:]):
            found = (m.start(1), m.end(1), m.group(1))
    return found


def attribute_speaker(sentence: str, offset: int = 0, person_names: list[str] | None = None,
                      producer: str = "tocsin-speakers-v1", before: str = "") -> Speaker | None:
    """The speaker of ``sentence`` (offsets shifted by ``offset``), or None when nobody is quoted.

    ``person_names`` (e.g. spaCy PERSON entities) let a name inside the speaker phrase be reported. ``before``,
    the text just before the sentence, resolves a pronoun speaker ("..., he said") to the subject an earlier
    sentence opens with ("Governor Ali Musa addressed a rally ...").
    """
    cand = _find(sentence)
    pronoun = cand is None or _clean(cand.text).lower() in _PRONOUNS
    if pronoun and before and _PRONOUN_SPEAKER.search(sentence) and (found := _antecedent(before)):
        start, end, text = found
        shift = offset - len(before)
        return _speaker(text, shift + start, shift + end, role_of(_clean(text)), person_names, producer)
    if cand is None or pronoun or not _clean(cand.text):
        return None
    phrase = _clean(cand.text)
    start, end = offset + cand.start, offset + cand.end
    possessor, _, possessed = phrase.rpartition("'s ") if "'s " in phrase else phrase.rpartition("’s ")
    if possessor and possessed:  # "President Kagame's rival": the rival speaks, with the rival's role
        return _speaker(cand.text, start, end, role_of(possessed), None, producer)
    role = role_of(phrase)
    if role == "unknown":  # "A provincial minister of security, Jean-Baptiste Mwamba, told ...": apposition
        clause = re.split(r"[.;:!?—–]", sentence[:cand.start])[-1]
        if clause.rstrip().endswith(","):
            role = _role_in(clause.lower())
    return _speaker(cand.text, start, end, role, person_names, producer)


def _speaker(text: str, start: int, end: int, role: str, person_names: list[str] | None, producer: str) -> Speaker:
    """A Speaker for the phrase ``text`` at document offsets ``start``-``end``; a PERSON name inside it is its name."""
    phrase = _clean(text)
    name = next((p for p in (person_names or []) if p in phrase), None) or phrase
    return Speaker(name=name, role=role, is_official=role in OFFICIAL_ROLES,
                   evidence=Span(start=start, end=end, label="speaker", text=text, producer=producer))
