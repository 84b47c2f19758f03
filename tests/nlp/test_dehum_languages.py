"""Behaviour in every lexicon language: the classic forms fire with label, target and speaker; literal uses don't.

The sentences below (385) were WRITTEN BY THE TOCSIN TEAM from general linguistic knowledge (no dataset text, not
native-speaker reviewed). They are a small behaviour check per language, not a training or evaluation set:
"<group> are cockroaches / animals", "we must exterminate <group>", "<group> must be crushed house by
house", reported speech naming a minister, and the literal uses of the same words (pests in a kitchen,
rats in a sewer, a house-by-house police search, cancer treatment). Chinese is segmented into words before the scan
(``nlp.lexicons.scripts``) and findings point back into the original, unspaced text.
"""

from __future__ import annotations

import pytest

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer
from nlp.dehumanization.obfuscation import readable
from nlp.lexicons import load_lexicons

D, E = "dehumanization", "eliminationist"

# (language, text, label that must be among the finding's labels, normalized target group)
POSITIVE: list[tuple[str, str, str, str]] = [
    ("en", "The refugees are cockroaches.", D, "refugees"),
    ("en", "Muslims are animals.", D, "Muslims"),
    ("en", "We must exterminate the Tutsi.", E, "Tutsi"),
    ("en", "The Roma must be crushed house by house.", E, "Roma"),
    ("en", "Immigrants are a cancer.", D, "immigrants"),
    ("fr", "Les réfugiés sont des cafards.", D, "refugees"),
    ("fr", "Les musulmans sont des animaux.", D, "Muslims"),
    ("fr", "Nous devons exterminer les Tutsi.", E, "Tutsi"),
    ("fr", "Les opposants doivent être écrasés maison par maison.", E, "opposition"),
    ("fr", "Les migrants sont un cancer.", D, "migrants"),
    ("es", "Los inmigrantes son cucarachas.", D, "immigrants"),
    ("es", "Los musulmanes son animales.", D, "Muslims"),
    ("es", "Debemos exterminar a los gitanos.", E, "Roma"),
    ("es", "Los opositores deben ser aplastados casa por casa.", E, "opposition"),
    ("es", "Los refugiados son una plaga.", D, "refugees"),
    ("pt", "Os imigrantes são baratas.", D, "immigrants"),
    ("pt", "Os muçulmanos são animais.", D, "Muslims"),
    ("pt", "Precisamos exterminar os ciganos.", E, "Roma"),
    ("pt", "Os opositores devem ser esmagados casa por casa.", E, "opposition"),
    ("pt", "Os refugiados são um câncer.", D, "refugees"),
    ("de", "Die Flüchtlinge sind Kakerlaken.", D, "refugees"),
    ("de", "Muslime sind Tiere.", D, "Muslims"),
    ("de", "Wir müssen die Roma ausrotten.", E, "Roma"),
    ("de", "Die Migranten müssen Haus für Haus vernichtet werden.", E, "migrants"),
    ("de", "Ausländer sind ein Krebsgeschwür.", D, "foreigners"),
    ("ru", "Украинцы — это тараканы.", D, "Ukrainians"),
    ("ru", "Мигранты — животные.", D, "migrants"),
    ("ru", "Мы должны уничтожить чеченцев.", E, "Chechens"),
    ("ru", "Оппозицию надо раздавить дом за домом.", E, "opposition"),
    ("ru", "Беженцы — раковая опухоль.", D, "refugees"),
    ("uk", "Росіяни — це таргани.", D, "Russians"),
    ("uk", "Мігранти — тварини.", D, "migrants"),
    ("uk", "Ми повинні знищити біженців.", E, "refugees"),
    ("uk", "Ромів треба розчавити будинок за будинком.", E, "Roma"),
    ("uk", "Євреї — це чума.", D, "Jews"),
    ("uk", "Всіх циган треба знищити.", E, "Roma"),
    ("ru", "Мигранты — не люди.", D, "migrants"),
    ("sw", "Wakimbizi si binadamu.", D, "refugees"),
    ("de", "Die Syrer sind Ratten.", D, "Syrians"),
    ("am", "ሶማሌዎች ውሾች ናቸው።", D, "Somali"),
    ("ar", "اللاجئون صراصير.", D, "refugees"),
    ("ar", "الأكراد حيوانات.", D, "Kurds"),
    ("ar", "يجب أن نبيد الشيعة.", E, "Shia"),
    ("ar", "يجب سحق المعارضين بيت بيت.", E, "opposition"),
    ("ar", "المهاجرون سرطان.", D, "migrants"),
    ("sw", "Wakimbizi ni mende.", D, "refugees"),
    ("sw", "Waislamu ni wanyama.", D, "Muslims"),
    ("sw", "Lazima tuwaangamize Wakikuyu.", E, "Kikuyu"),
    ("sw", "Wajaluo lazima wapondwe nyumba kwa nyumba.", E, "Luo"),
    ("sw", "Wageni ni saratani.", D, "foreigners"),
    ("rw", "Abatutsi ni inyenzi.", D, "Tutsi"),
    ("rw", "Abahutu ni inyamaswa.", D, "Hutu"),
    ("rw", "Tugomba kurimbura Abatutsi.", E, "Tutsi"),
    ("rw", "Impunzi ni icyorezo.", D, "refugees"),
    ("ha", "Fulani kyankyasai ne.", D, "Fulani"),
    ("ha", "Kiristoci dabbobi ne.", D, "Christians"),
    ("ha", "Dole mu kashe Yarbawa gida gida.", E, "Yoruba"),
    ("ha", "Musulmai annoba ne.", D, "Muslims"),
    ("am", "ትግሬዎች በረሮዎች ናቸው።", D, "Tigrayans"),
    ("am", "ኦሮሞዎች እንስሳት ናቸው።", D, "Oromo"),
    ("am", "አማራን ማጥፋት አለብን።", E, "Amhara"),
    ("am", "ስደተኞች ካንሰር ናቸው።", D, "refugees"),
    # verbs said of a group, "nothing but", "death to" (written by the team; session 7)
    ("es", "Los inmigrantes están infestando nuestro país.", D, "immigrants"),
    ("es", "Muerte a los judíos.", E, "Jews"),
    ("pt", "Os imigrantes não passam de vermes.", D, "immigrants"),
    ("pt", "Morte aos muçulmanos.", E, "Muslims"),
    ("de", "Einwanderer verseuchen unser Land.", D, "immigrants"),
    ("de", "Wir müssen die Muslime loswerden.", E, "Muslims"),
    ("fr", "Mort aux juifs.", E, "Jews"),
    ("en", "Swarms of immigrants are infesting our government.", D, "immigrants"),
    ("en", "The world would be better without Muslims.", E, "Muslims"),
    ("ar", "المهاجرون ليسوا إلا حشرات.", D, "migrants"),
    ("ar", "أسراب من المهاجرين تغزو حكومتنا.", D, "migrants"),
    ("ar", "اليهود يستحقون الموت.", E, "Jews"),
    ("ar", "الموت لليهود", E, "Jews"),
    ("ar", "المسلمون همج.", D, "Muslims"),
    ("es", "Enjambres de inmigrantes llegan cada día.", D, "immigrants"),
    # death wished in the dative, first-person future threats, slurs that name the group (session 8)
    ("ru", "Смерть евреям!", E, "Jews"),
    ("ru", "Смерть всем жидам!", E, "Jews"),
    ("uk", "Смерть москалям!", E, "Russians"),
    ("ru", "Мы вырежем всех азербайджанцев.", E, "Azerbaijanis"),
    ("uk", "Ми переріжемо всіх євреїв.", E, "Jews"),
    ("ru", "Мигранты заслуживают смерти.", E, "migrants"),
    ("ru", "Хохлы — свиньи.", D, "Ukrainians"),
    ("en", "He likened the Roma to parasites.", D, "Roma"),
    ("fr", "Le maire a comparé les réfugiés à des rats.", D, "refugees"),
    ("en", "Militia leaders told villagers to kill every Hutu they could find.", E, "Hutu"),
    ("fr", "Le chef de la milice a appelé à tuer tous les Tutsi.", E, "Tutsi"),
    ("en", "Muslims are creatures, not people.", D, "Muslims"),
    ("en", "We will make Muslims pay in blood.", E, "Muslims"),
    ("en", "These Igbo traders are cockroaches.", D, "Igbo"),  # a people noun the group word modifies
    ("en", "Jewish bankers are parasites.", D, "Jews"),
    ("fr", "Les musulmans méritent de mourir.", E, "Muslims"),  # misparsed verbless: the window rules judge
    ("pt", "Os muçulmanos são um vírus.", D, "Muslims"),
    ("de", "Muslime sind eine Krankheit.", D, "Muslims"),
    ("fr", "Les immigrés sont des sauvages.", D, "immigrants"),
    # the elimination verb's object is the relative clause's antecedent
    ("fr", "Les migrants sont des cafards qu'il faut écraser.", E, "migrants"),
    ("en", "These are the Tutsi that we must wipe out.", E, "Tutsi"),
    # Italian, Dutch, Polish (window rules; written by the team, session 11)
    ("it", "Gli immigrati sono scarafaggi.", D, "immigrants"),
    ("it", "Gli zingari sono solo dei parassiti.", D, "Roma"),
    ("it", "I rom sono una piaga per questo paese.", D, "Roma"),
    ("it", "Gli ebrei sono un cancro per la società.", D, "Jews"),
    ("it", "I neri sono esseri inferiori.", D, "Black people"),
    ("it", "I musulmani non sono esseri umani.", D, "Muslims"),
    ("it", "Dobbiamo sterminare gli zingari.", E, "Roma"),
    ("it", "Morte agli ebrei!", E, "Jews"),
    ("it", "Bisogna ripulire l'Italia dagli immigrati casa per casa.", E, "immigrants"),
    ("it", "Secondo il sindaco i migranti sono parassiti.", D, "migrants"),
    ("nl", "Moslims zijn niets anders dan ongedierte.", D, "Muslims"),
    ("nl", "Die zigeuners zijn ratten.", D, "Roma"),
    ("nl", "Marokkanen zijn een plaag voor dit land.", D, "Moroccans"),
    ("nl", "Vluchtelingen zijn een kankergezwel in onze samenleving.", D, "refugees"),
    ("nl", "Zwarten zijn minderwaardige wezens.", D, "Black people"),
    ("nl", "Migranten zijn geen mensen.", D, "migrants"),
    ("nl", "We moeten alle moslims uitroeien.", E, "Muslims"),
    ("nl", "Dood aan de joden!", E, "Jews"),
    ("nl", "Joden verdienen de dood.", E, "Jews"),
    ("pl", "Imigranci to tylko pasożyty.", D, "immigrants"),
    ("pl", "Uchodźcy to zaraza dla tego kraju.", D, "refugees"),
    ("pl", "Imigranci są rakiem naszego społeczeństwa.", D, "immigrants"),
    ("pl", "Cyganie to niższa rasa.", D, "Roma"),
    ("pl", "Muzułmanie to nie ludzie.", D, "Muslims"),
    ("pl", "Pedały to tęczowa zaraza.", D, "gay people"),
    ("pl", "Trzeba wytępić wszystkich Cyganów.", E, "Roma"),
    ("pl", "Śmierć Żydom!", E, "Jews"),
    ("pl", "Śmierć wszystkim muzułmanom!", E, "Muslims"),
    ("pl", "Uchodźców trzeba wyrżnąć dom po domu.", E, "refugees"),
    # Chinese (segmented into words before the scan) and Hindi
    ("zh", "穆斯林都是害虫", D, "Muslims"),
    ("zh", "黑人就是一群畜生", D, "Black people"),
    ("zh", "维吾尔人不是人", D, "Uyghurs"),
    ("zh", "外国人是社会的毒瘤", D, "foreigners"),
    ("zh", "移民像蝗虫一样涌进来", D, "immigrants"),
    ("zh", "藏人是劣等民族", D, "Tibetans"),
    ("zh", "這些穆斯林都是蟑螂", D, "Muslims"),  # traditional characters
    ("zh", "同性恋就是一种病毒，必须铲除", E, "gay people"),
    ("zh", "消灭同性恋！", E, "gay people"),
    ("zh", "犹太人该死", E, "Jews"),
    ("hi", "मुसलमान कीड़े हैं", D, "Muslims"),
    ("hi", "सारे मुल्ले जानवर हैं", D, "Muslims"),
    ("hi", "घुसपैठिए दीमक हैं जो देश को खा रहे हैं", D, "immigrants"),
    ("hi", "रोहिंग्या इस देश के लिए नासूर हैं", D, "Rohingya"),
    ("hi", "हिजड़े इंसान नहीं हैं", D, "trans people"),
    ("hi", "बांग्लादेशी घुसपैठिए कॉकरोच की तरह हैं", D, "Bangladeshis"),
    ("hi", "दलित गंदगी हैं", D, "Dalits"),
    ("hi", "रोहिंग्याओं का सफाया करना चाहिए", E, "Rohingya"),
]

# (language, sentence reporting an official's words, speaker role)
REPORTED: list[tuple[str, str, str]] = [
    ("en", "The minister said that migrants are vermin.", "minister"),
    ("fr", "Le ministre a déclaré que les migrants sont de la vermine.", "minister"),
    ("es", "El ministro dijo que los refugiados son una plaga.", "minister"),
    ("pt", "O ministro disse que os refugiados são uma praga.", "minister"),
    ("de", "Der Minister sagte, die Ausländer seien Ungeziefer.", "minister"),
    ("ru", "Министр заявил, что беженцы — это крысы.", "minister"),
    ("uk", "Міністр заявив, що євреї — це щури.", "minister"),
    ("ar", "قال الوزير إن المهاجرين جرذان.", "minister"),
    ("sw", "Waziri alisema kwamba wageni ni panya.", "minister"),
    ("rw", "Minisitiri yavuze ko impunzi ari inzoka.", "minister"),
    ("ha", "Ministan ya ce 'yan gudun hijira beraye ne.", "minister"),
    ("am", "ሚኒስትሩ ስደተኞች አይጦች ናቸው አለ።", "minister"),
    ("it", "Il ministro ha detto che i migranti sono parassiti.", "minister"),
    ("nl", "De minister zei dat de vluchtelingen ongedierte zijn.", "minister"),
    ("pl", "Minister powiedział, że uchodźcy to robactwo.", "minister"),
    # Chinese and Hindi
    ("zh", "内政部长说，穆斯林都是害虫。", "minister"),
    ("hi", "गृह मंत्री ने कहा कि मुसलमान कीड़े हैं।", "minister"),
]

# Literal uses of the same words: none may give a finding.
BENIGN: list[tuple[str, str]] = [
    ("en", "Cockroaches were found in the restaurant kitchen."),
    ("en", "Rats in the sewer spread disease."),
    ("en", "Police searched the neighbourhood house by house."),
    ("en", "Her cancer treatment starts next week."),
    ("fr", "Des cafards ont été trouvés dans la cuisine du restaurant."),
    ("fr", "Les rats dans les égouts de Paris."),
    ("fr", "La police a fouillé le quartier maison par maison."),
    ("fr", "Son traitement contre le cancer commence lundi."),
    ("es", "Encontraron cucarachas en la cocina del restaurante."),
    ("es", "Hay ratas en las alcantarillas de la ciudad."),
    ("es", "La policía registró el barrio casa por casa."),
    ("es", "El tratamiento contra el cáncer empezó ayer en el hospital."),
    ("pt", "Encontraram baratas na cozinha do restaurante."),
    ("pt", "Há ratos nos esgotos da cidade."),
    ("pt", "A polícia revistou o bairro casa por casa."),
    ("pt", "O tratamento do câncer começou ontem no hospital."),
    ("de", "In der Küche des Restaurants wurden Kakerlaken gefunden."),
    ("de", "Ratten in der Kanalisation."),
    ("de", "Die Polizei durchsuchte das Viertel Haus für Haus."),
    ("de", "Die Krebsbehandlung beginnt nächste Woche im Krankenhaus."),
    ("ru", "На кухне ресторана нашли тараканов."),
    ("ru", "Крысы в подвале дома."),
    ("ru", "Полиция обыскала район дом за домом."),
    ("ru", "Лечение рака начнётся в понедельник в больнице."),
    ("uk", "На кухні ресторану знайшли тарганів."),
    ("uk", "Щури в підвалі будинку."),
    ("uk", "Поліція обшукала район будинок за будинком."),
    ("uk", "Лікування раку почнеться в понеділок у лікарні."),
    ("am", "የአማራ ዘር ማጥፋት እየተፈጸመ ነው"),  # "genocide of the Amhara is being committed": a report, not a call
    ("ar", "وجدوا صراصير في مطبخ المطعم."),
    ("ar", "الجرذان في المجاري."),
    ("ar", "فتشت الشرطة الحي بيت بيت."),
    ("ar", "بدأ علاج السرطان أمس في المستشفى."),
    ("sw", "Mende walipatikana jikoni mwa mgahawa."),
    ("sw", "Panya katika mfereji wa maji taka."),
    ("sw", "Polisi walipekua mtaa nyumba kwa nyumba."),
    ("sw", "Matibabu ya saratani yanaanza wiki ijayo hospitalini."),
    ("rw", "Inyenzi ziri mu gikoni cya resitora."),
    ("rw", "Imbeba ziri mu murima."),
    ("rw", "Polisi yasatse inzu ku nzu."),
    ("rw", "Kuvura kanseri bizatangira ku wa mbere mu bitaro."),
    ("ha", "An samu kyankyasai a kicin din gidan abinci."),
    ("ha", "Beraye a cikin magudanar ruwa."),
    ("ha", "'Yan sanda sun bincika gida gida."),
    ("ha", "Maganin ciwon daji zai fara a asibiti."),
    ("am", "በምግብ ቤቱ ወጥ ቤት ውስጥ በረሮዎች ተገኙ።"),
    ("am", "አይጦች በቦዩ ውስጥ።"),
    ("am", "ፖሊስ ቤት በቤት ፍተሻ አደረገ።"),
    ("am", "የካንሰር ህክምና ሰኞ በሆስፒታል ይጀምራል።"),
    # their death, reported (genitive), not death wished on them (dative)
    ("ru", "Смерть мигрантов в лагере потрясла страну."),
    ("uk", "Смерть мігрантів у таборі шокувала країну."),
    ("ru", "Причиной смерти беженцев стал голод."),
    # condemning those who use the words (nobody quoted)
    ("ru", "Министр осудил тех, кто называет мигрантов крысами."),
    ("en", "The minister condemned people calling migrants rats."),
    ("en", "The minister condemned those who compare refugees to rats."),
    ("en", "The soldiers were ordered to shoot protesters."),  # an order reported, no call
    ("en", "The book describes how Nazi propaganda portrayed Jews as rats."),
    ("en", "She compared the situation to a plague."),
    ("en", "Migrants are not people we should fear."),  # a kind of people denied, not humanity
    ("en", "The Kurds are not people to be trifled with."),
    ("en", "Refugees paid with their lives for the government's failures."),
    # a group named in a kind sentence: the models' identity-term bias with only function words as evidence
    ("en", "Kurdish villages are infested with rats."),
    ("en", "Refugees who wiped out their savings need help."),
    ("en", "The disease that we must eradicate is malaria."),  # a thing the group word modifies
    ("en", "We should celebrate Jews."),
    ("en", "Jews are people like everyone else."),
    ("en", "I live with two Jews."),
    ("en", "Jews are human beings with the same rights as anyone."),
    ("en", "We need to stop people who want to kill Jews."),  # someone else's intent, described
    # a group named with no rhetoric
    ("de", "Die Syrer flohen vor dem Krieg nach Deutschland."),
    ("uk", "Росіяни обстріляли місто вночі."),
    ("ar", "السوريون يعودون إلى ديارهم."),
    ("sw", "Wasomali walisherehekea sikukuu."),
    ("am", "ሶማሌዎች በዓሉን አከበሩ።"),
    ("it", "Abbiamo trovato dei ratti in cantina."),
    ("it", "Mio zio è un paziente malato di cancro."),
    ("it", "La polizia ha perquisito il quartiere casa per casa."),
    ("it", "Ci sono tante erbacce nel giardino."),
    ("it", "La ditta di disinfestazione ha sterminato gli scarafaggi della cucina."),
    ("it", "Molti rifugiati sono malati di cancro."),  # ill with it: the disease is literal
    ("it", "Dobbiamo eradicare la povertà tra i migranti."),
    ("it", "I nazisti sterminarono milioni di ebrei."),  # the past reports an event
    ("nl", "Er zitten ratten in de kelder."),
    ("nl", "Mijn moeder heeft kanker en ligt in het ziekenhuis."),
    ("nl", "De politie doorzocht de wijk huis voor huis."),
    ("nl", "Er groeit veel onkruid in de tuin."),
    ("nl", "Het bestrijdingsbedrijf heeft de kakkerlakken in de keuken uitgeroeid."),
    ("nl", "Veel vluchtelingen gingen dood aan honger."),
    ("nl", "De nazi's hebben miljoenen joden vernietigd."),
    ("pl", "W piwnicy są szczury."),
    ("pl", "Mój ojciec jest pacjentem onkologicznym i ma raka."),
    ("pl", "Policja przeszukała osiedle dom po domu."),
    ("pl", "W ogrodzie rośnie dużo chwastów."),
    ("pl", "Firma deratyzacyjna wytępiła karaluchy w kuchni."),
    ("pl", "Śmierć uchodźców na granicy wstrząsnęła krajem."),  # their death (genitive), not wished (dative)
    ("pl", "Ukraińcy stracili dostęp do gazu."),
    ("pl", "Naziści wymordowali miliony Żydów."),
    # counter-speech
    ("it", "Chiamare i migranti parassiti è razzista."),
    ("nl", "Migranten ongedierte noemen is racistisch."),
    ("pl", "Nazywanie uchodźców szczurami to rasizm."),
    # Chinese and Hindi
    ("zh", "厨房里有蟑螂"),
    ("zh", "灭鼠公司消灭了老鼠"),
    ("zh", "癌症病人需要更多关怀"),
    ("zh", "他在医院接受癌症治疗"),
    ("zh", "花园里的杂草太多了"),
    ("zh", "我们必须消灭贫困"),
    ("hi", "रसोई में कॉकरोच हैं"),
    ("hi", "पेस्ट कंट्रोल वालों ने चूहों को मार दिया"),
    ("hi", "मेरे पिता का कैंसर का इलाज अस्पताल में चल रहा है"),
    ("hi", "खेत में बहुत खरपतवार है"),
    ("hi", "मेरा कुत्ता बहुत प्यारा है"),
    ("hi", "पुलिस ने घर-घर तलाशी ली"),
    # counter-speech with nobody quoted
    ("zh", "说难民是害虫是种族主义"),
    ("zh", "把难民比作老鼠是非人化的言论，令人愤怒"),
    ("hi", "मुसलमानों को कीड़े कहना गलत है"),
]

LANGUAGES = {"en", "fr", "ar", "es", "pt", "sw", "ru", "uk", "de", "am", "ha", "rw", "it", "nl", "pl", "zh", "hi"}


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


def _findings(analyzer: DehumanizationAnalyzer, text: str, lang: str):
    return analyzer.analyze(text, TextContext(language=lang)).findings


def test_every_lexicon_language_is_covered() -> None:
    assert {c[0] for c in POSITIVE} == {c[0] for c in BENIGN} == {c[0] for c in REPORTED} == LANGUAGES
    new = {"it", "nl", "pl", "zh", "hi"}
    assert {c[0] for c in THREATS} >= new and {c[0] for c in REPORTS} >= new and {c[0] for c in NEGATED} >= new
    assert set(load_lexicons().languages) == LANGUAGES


@pytest.mark.parametrize(("lang", "text", "label", "target"), POSITIVE, ids=lambda v: v if len(v) < 3 else None)
def test_classic_forms_fire_with_label_and_target(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                  label: str, target: str) -> None:
    findings = _findings(analyzer, text, lang)
    assert len(findings) == 1, f"{lang}: no finding for {text!r}"
    assert label in findings[0].labels
    assert target in findings[0].target_groups


@pytest.mark.parametrize(("lang", "text", "role"), REPORTED)
def test_reported_speech_names_the_speaker(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                           role: str) -> None:
    (finding,) = _findings(analyzer, text, lang)
    assert "dehumanization" in finding.labels
    assert finding.speaker is not None, f"{lang}: no speaker for {text!r}"
    assert finding.speaker.role == role
    assert finding.speaker.is_official


@pytest.mark.parametrize(("lang", "text"), BENIGN)
def test_literal_uses_do_not_fire(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert _findings(analyzer, text, lang) == []


# violence verbs: a threat or a call is eliminationist rhetoric, a report of the same act is not
THREATS: list[tuple[str, str, str]] = [
    ("sw", "Wakimbizi wote wauawe.", "refugees"),
    ("sw", "Tutawaua wakikuyu wote.", "Kikuyu"),
    ("ha", "Za mu kashe Fulani duka.", "Fulani"),
    ("rw", "Tubice abatutsi bose.", "Tutsi"),
    ("am", "አማራዎች መገደል አለባቸው", "Amhara"),
    ("es", "Hay que matar a todos los inmigrantes.", "immigrants"),
    ("es", "Vamos a fusilar a esos musulmanes.", "Muslims"),
    ("es", "¡Maten a los inmigrantes!", "immigrants"),
    ("pt", "Temos que matar todos os imigrantes.", "immigrants"),
    ("pt", "Os refugiados merecem morrer.", "refugees"),
    ("de", "Man sollte alle Flüchtlinge erschießen.", "refugees"),
    ("de", "Die Migranten gehören erschossen.", "migrants"),
    ("fr", "Nous allons massacrer ces musulmans.", "Muslims"),
    ("ar", "يجب قتل المسلمين.", "Muslims"),
    ("ar", "اقتلوا اللاجئين.", "refugees"),
    ("de", "Man sollte alle Einwanderer töten.", "immigrants"),
    ("ru", "Надо убить всех беженцев.", "refugees"),
    ("uk", "Треба розстріляти всіх мігрантів.", "migrants"),
    ("it", "Tutti i musulmani dovrebbero essere fucilati.", "Muslims"),
    ("it", "Ammazzerò ogni immigrato che incontro.", "immigrants"),
    ("it", "Gli ebrei meritano di morire.", "Jews"),
    ("it", "Quei clandestini vanno impiccati tutti.", "immigrants"),
    ("it", "Vado ad ammazzare tutti gli immigrati.", "immigrants"),
    ("nl", "Alle moslims moeten doodgeschoten worden.", "Muslims"),
    ("nl", "Ik ga elke buitenlander vermoorden.", "foreigners"),
    ("nl", "Alle Roma moeten dood.", "Roma"),
    ("nl", "Ik zou alle moslims ophangen.", "Muslims"),
    ("nl", "Alle zigeuners moeten vergast worden.", "Roma"),
    ("pl", "Wszyscy muzułmanie powinni zostać zastrzeleni.", "Muslims"),
    ("pl", "Zabiję każdego imigranta, którego spotkam.", "immigrants"),
    ("pl", "Żydzi zasługują na śmierć.", "Jews"),
    ("pl", "Wszystkich Cyganów trzeba powiesić.", "Roma"),
    ("pl", "Wszystkich uchodźców należy rozstrzelać.", "refugees"),
    # Chinese and Hindi
    ("zh", "应该杀光所有穆斯林", "Muslims"),
    ("zh", "把绿绿都杀了！", "Muslims"),
    ("zh", "我要烧死这些穆斯林", "Muslims"),
    ("zh", "台独分子都该被枪毙", "Taiwan independence supporters"),
    ("zh", "日本鬼子都去死吧", "Japanese"),
    ("hi", "मुसलमानों को मार डालो", "Muslims"),
    ("hi", "इन कटुओं को गोली मार दो", "Muslims"),
    ("hi", "दलितों को फांसी पर लटका दो", "Dalits"),
    ("hi", "मैं इन मुसलमानों को मार डालूँगा", "Muslims"),
    ("hi", "समलैंगिकों को मर जाना चाहिए", "gay people"),
]
REPORTS: list[tuple[str, str]] = [
    ("sw", "Wakimbizi 20 waliuawa jana."),
    ("ha", "An kashe mutane 20 a Zamfara."),
    ("am", "ሰዎች ተገድለዋል"),
    ("am", "አማራዎችን አትግደሉ"),  # "do not kill the Amhara": the call's word inside the negative imperative
    ("sw", "Usiwaue wakimbizi."),  # "do not kill the refugees"
    # a verbal noun or an infinitive opening the sentence is no imperative: "killing migrants is a crime"
    ("ar", "قتل المهاجرين في البحر جريمة."),
    ("es", "Matar a los inmigrantes es un crimen."),
    ("pt", "Matar imigrantes é crime."),
    ("es", "Los hombres armados mataron a 20 inmigrantes en la frontera."),
    ("es", "Asesinados 20 inmigrantes en la frontera."),
    ("pt", "Os refugiados morreram no naufrágio."),
    ("de", "Die Soldaten haben die Flüchtlinge erschossen."),
    ("fr", "Des hommes armés ont tué des migrants."),
    ("ar", "قتل مسلحون عشرين لاجئا في هجوم على المخيم."),
    ("ar", "لا يجب قتل اللاجئين."),
    ("ru", "Боевики убили двадцать беженцев в лагере."),
    ("ru", "Нужно расследовать убийства беженцев."),
    ("ru", "Мы не должны убивать беженцев."),
    ("uk", "Біженці можуть померти від холоду."),
    ("it", "I soldati hanno ucciso tre rom al confine."),
    ("it", "Uomini armati hanno ucciso venti migranti in Libia."),
    ("it", "Non si devono uccidere i migranti."),
    ("nl", "Soldaten hebben drie Roma gedood."),
    ("nl", "Gewapende mannen hebben twintig vluchtelingen doodgeschoten."),
    ("nl", "De politie zou twee asielzoekers hebben doodgeschoten."),  # reportative "zou": no intent
    ("pl", "Żołnierze zabili trzech Romów."),
    ("pl", "Uzbrojeni napastnicy zastrzelili dwudziestu uchodźców."),
    ("pl", "Nie wolno zabijać uchodźców."),
    # Chinese and Hindi
    ("zh", "士兵杀死了三名平民"),
    ("zh", "武装分子昨天枪杀了二十名穆斯林"),
    ("zh", "日本人在南京屠杀了三十万中国人"),
    ("hi", "सैनिकों ने तीन नागरिकों को मार डाला"),
    ("hi", "दंगों में बीस मुसलमान मारे गए"),
    ("hi", "मुसलमानों की हत्या की जांच होनी चाहिए"),
]


@pytest.mark.parametrize(("lang", "text", "target"), THREATS)
def test_threats_and_calls_to_kill_a_group_are_eliminationist(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                              target: str) -> None:
    findings = _findings(analyzer, text, lang)
    assert len(findings) == 1, f"{lang}: no finding for {text!r}"
    assert "eliminationist" in findings[0].labels and target in findings[0].target_groups


@pytest.mark.parametrize(("lang", "text"), REPORTS)
def test_reports_of_killings_are_not_rhetoric(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert _findings(analyzer, text, lang) == []


NEGATED: list[tuple[str, str, bool]] = [
    ("es", "Los inmigrantes no son ratas.", False), ("es", "Los inmigrantes no son más que ratas.", True),
    ("pt", "Os imigrantes não são ratos.", False),
    ("de", "Flüchtlinge sind keine Ratten.", False), ("de", "Flüchtlinge sind nichts als Ratten.", True),
    ("ru", "Мигранты — не крысы.", False), ("ru", "Мигранты — не люди.", True),
    ("uk", "Біженці не таргани.", False),
    ("ar", "اللاجئون ليسوا كلاب.", False), ("ar", "اللاجئون ليسوا إلا كلاب.", True),
    ("en", "Refugees aren't vermin.", False), ("en", "The refugees are not human.", True),
    ("fr", "Les réfugiés ne sont pas des cafards.", False), ("fr", "Les réfugiés ne sont que des cafards.", True),
    ("it", "Gli immigrati non sono parassiti.", False), ("it", "I rom non sono animali, sono persone come noi.", False),
    ("it", "Nessun musulmano merita di morire.", False), ("it", "I musulmani non sono esseri umani.", True),
    ("nl", "Vluchtelingen zijn geen ratten.", False), ("nl", "Moslims zijn geen beesten maar mensen zoals wij.", False),
    ("nl", "Geen enkele moslim verdient de dood.", False), ("nl", "Moslims zijn niets anders dan ongedierte.", True),
    ("pl", "Imigranci nie są szczurami.", False), ("pl", "Uchodźcy to nie zwierzęta, to ludzie tacy jak my.", False),
    ("pl", "Żaden muzułmanin nie zasługuje na śmierć.", False), ("pl", "Muzułmanie to nie ludzie.", True),
    # Chinese and Hindi
    ("zh", "难民不是害虫", False),
    ("zh", "穆斯林不该死", False),
    ("zh", "不要把穆斯林称为蟑螂", False),
    ("hi", "मुसलमानों को मत मारो", False),
    ("hi", "हमें दलितों को नहीं मारना चाहिए", False),
]


@pytest.mark.parametrize(("lang", "text", "found"), NEGATED)
def test_a_negated_term_is_no_finding_but_nothing_but_is(analyzer: DehumanizationAnalyzer, lang: str, text: str,
                                                         found: bool) -> None:
    assert bool(_findings(analyzer, text, lang)) is found, f"{lang}: {text!r}"


@pytest.mark.parametrize("text", ["मुसलमान कीड़े नहीं हैं", "मुसलमान इंसान हैं, कीड़े नहीं", "मुसलमान सुअर नहीं खाते"])
def test_hindi_negation_after_the_predicate_takes_the_term_back(analyzer: DehumanizationAnalyzer, text: str) -> None:
    assert _findings(analyzer, text, "hi") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我的穆斯林邻居人很好。厨房里的蟑螂是害虫。"),
    ("hi", "मेरे मुसलमान पड़ोसी अच्छे हैं। रसोई में कॉकरोच कीड़े हैं।"),
])
def test_chinese_and_hindi_full_stops_end_sentences(analyzer: DehumanizationAnalyzer, lang: str, text: str) -> None:
    assert _findings(analyzer, text, lang) == []


def test_a_hindi_word_with_a_one_character_nukta_letter_matches(analyzer: DehumanizationAnalyzer) -> None:
    text = "मुसलमान की\u095c\u0947 हैं"  # ड़ typed as one character (U+095C)
    [finding] = _findings(analyzer, text, "hi")
    assert finding.evidence[0].text == "की\u095c\u0947"


def test_chinese_is_read_as_words_and_evidence_maps_back_to_the_original(analyzer: DehumanizationAnalyzer) -> None:
    # the analyzer's matcher has added the lexicon's words to jieba's dictionary
    copy, offsets = readable("穆斯林都是害虫")
    assert copy.split() == ["穆斯林", "都是", "害虫"]
    assert offsets is not None and copy.replace(" ", "") == "穆斯林都是害虫"
    start = copy.index("害虫")
    assert (offsets.start(start), offsets.end(start + 2)) == (5, 7)

    text = "我告诉你，维吾尔人都是寄生虫，必须消灭！"
    (finding,) = _findings(analyzer, text, "zh")
    assert set(finding.labels) == {D, E} and finding.target_groups == ["Uyghurs"]
    assert [ev.text for ev in finding.evidence] == ["寄生虫", "消灭"]
    for ev in finding.evidence:
        assert text[ev.start:ev.end] == ev.text  # the original, unspaced text
    assert finding.sentence.text == text[finding.sentence.start:finding.sentence.end] == text
