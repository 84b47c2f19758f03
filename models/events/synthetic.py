"""A modest generator of synthetic sentences for the event classifier (disclosed in MODEL_CARD.md).

Positives: short news-style reports of each event type in en, fr, es, pt and ar. Hard negatives:
sentences that contain violence words but report no event (threats, policy talk, court cases
about old killings, condemnations, hypotheticals, metaphors, accidents, disasters, disease,
fiction, commemorations, cyber attacks). Deterministic for a given seed.
"""

from __future__ import annotations

import random

__all__ = ["generate"]

_PLACES = ["Djibo", "Maiduguri", "Goma", "El Fasher", "Mogadishu", "Kidal", "Bunia", "Kharkiv", "Idlib", "Jenin",
           "Sittwe", "Cúcuta", "Tillabéri", "Kaduna State", "Tigray", "Cabo Delgado", "Port-au-Prince", "Ménaka"]
_NUM_EN = ["three", "five", "seven", "12", "at least 15", "more than 20", "dozens of", "nine", "27", "two"]
_NUM_FR = ["trois", "cinq", "douze", "au moins 15", "plus de 20", "des dizaines de", "neuf"]
_NUM_ES = ["tres", "cinco", "doce", "al menos 15", "más de 20", "decenas de", "nueve"]
_NUM_PT = ["três", "cinco", "doze", "pelo menos 15", "mais de 20", "dezenas de", "nove"]
_NUM_AR = ["ثلاثة", "خمسة", "12", "عشرات"]
_PLACES_AR = ["إدلب", "حلب", "الموصل", "صنعاء", "تعز", "الفاشر", "دير الزور", "رفح", "درنة", "مقديشو", "الحديدة"]

_POS = {
    "en": [
        "Gunmen killed {n} villagers in an overnight raid on a village near {p}.",
        "Militants ambushed an army convoy near {p}, killing {n} soldiers.",
        "An airstrike on a market in {p} killed {n} civilians, witnesses said.",
        "A roadside bomb exploded near {p}, killing {n} police officers.",
        "Shelling of residential areas in {p} left {n} people dead.",
        "Armed men abducted {n} schoolgirls from their dormitory in {p}.",
        "Soldiers raped women during a raid on villages near {p}, survivors told investigators.",
        "Police arrested {n} opposition activists during a crackdown in {p}.",
        "A mob lynched {n} men accused of theft in {p}.",
        "Rioters set fire to homes and shops in {p} after communal clashes.",
        "Thousands of protesters marched through {p} demanding the release of detainees.",
        "Fighters torched {n} homes and looted livestock in villages around {p}.",
        "Fierce clashes between rebels and the army near {p} killed {n} fighters.",
        "About {n} families fled their homes in {p} after attacks by armed groups.",
        "A suicide bomber blew himself up at a checkpoint in {p}, killing {n}.",
        "Security forces opened fire on demonstrators in {p}, killing {n}.",
        "Drone strikes hit a camp for displaced people near {p}, killing {n}.",
        "Attackers stormed a church in {p} and shot dead {n} worshippers.",
        "Survivors said militiamen gang-raped {n} women during the assault on {p}.",
        "A rights group documented the rape of displaced women by soldiers in camps around {p}.",
        "Girls abducted from {p} were sexually assaulted by their captors, a report found.",
        "Gunmen seized {n} farmers from their fields outside {p} and demanded a ransom.",
        "Armed groups burned villages around {p}, forcing {n} residents to flee.",
        "Hundreds of students protested in {p} on Saturday against rising fuel prices.",
        "Demonstrators took to the streets of {p} to denounce the arrest of their leader.",
        "Traders in {p} staged a sit-in outside the governor's office on Monday.",
    ],
    "fr": [
        "Des assaillants ont abattu {n} civils sur la route de {p} avant de prendre la fuite.",
        "Une frappe de drone a fait {n} morts dans un marché de {p}.",
        "Des djihadistes ont enlevé {n} personnes sur la route de {p}.",
        "Des affrontements entre l'armée et des rebelles ont fait {n} morts près de {p}.",
        "La police a arrêté {n} manifestants à {p}.",
        "Des assaillants ont incendié des maisons et tué {n} villageois à {p}.",
        "{n} morts dans l'attaque d'une mosquée à {p}, l'assaillant a été arrêté",
        "Une fusillade a fait {n} morts dans un marché de {p}.",
        "Attentat à {p} : {n} morts et des dizaines de blessés",
        "Une école a été vandalisée et incendiée à {p} dans la nuit.",
        "Des hommes armés ont kidnappé {n} humanitaires près de {p}.",
        "Des milliers de grévistes ont manifesté à {p} contre la réforme.",
        # session 4: general wire and headline phrasing (AFP/RFI style), written without the check set
        "Au moins {n} civils ont été tués dimanche dans des frappes aériennes sur {p}, selon une ONG.",
        "{p} : {n} soldats tués dans une embuscade tendue par des hommes armés",
        "Le bombardement d'un camp de déplacés près de {p} a fait {n} morts et des dizaines de blessés.",
        "Des tirs d'artillerie ont visé des quartiers résidentiels de {p} dans la nuit.",
        "Un kamikaze s'est fait exploser devant un commissariat de {p}, tuant {n} policiers.",
        "Massacre à {p} : des villageois tués par des miliciens armés de machettes",
        "Un journaliste a été abattu par des inconnus à {p} mardi soir.",
        "Des combats entre l'armée et les rebelles ont repris près de {p}, faisant {n} morts.",
        "L'explosion d'un engin explosif improvisé au passage d'un convoi a tué {n} militaires près de {p}.",
        "Des centaines de familles ont fui leurs villages autour de {p} après des attaques de groupes armés.",
        "{n} otages enlevés par des jihadistes à {p} ont été libérés après trois semaines de captivité.",
        "Les forces de sécurité ont tiré sur la foule à {p}, faisant {n} morts selon des témoins.",
        "Attentat à la voiture piégée à {p} : au moins {n} morts",
        "Des hommes armés ont tué {n} personnes et incendié des maisons lors d'un raid sur un village près de {p}.",
        "Des frappes israéliennes ont touché {p} dans la nuit, faisant {n} morts selon les secours.",
        "{n} personnes ont été blessées par balle lors d'affrontements à {p}.",
        "Un policier a été poignardé à mort devant un commissariat de {p}.",
        "Des manifestants ont été arrêtés et placés en garde à vue à {p}.",
    ],
    "es": [
        "Hombres armados asesinaron a {n} campesinos en una vereda de {p}.",
        "Un carro bomba explotó frente a una estación de policía en {p} y causó {n} muertos.",
        "Enfrentamientos entre el ejército y guerrilleros dejaron {n} muertos cerca de {p}.",
        "Secuestraron a {n} personas en una carretera de {p}.",
        "La policía detuvo a {n} manifestantes en {p}.",
        "Mujeres fueron violadas por paramilitares en {p}, denunció la fiscalía.",
        "Miles de personas protestaron en {p} contra la reforma.",
        "Una masacre en {p} dejó {n} muertos, según la Defensoría.",
        "Un tiroteo en un bar de {p} dejó {n} muertos.",
        "Miles de trabajadores en huelga marcharon en {p}.",
    ],
    "pt": [
        "Homens armados mataram {n} moradores num ataque em {p}.",
        "Um bombardeio em {p} deixou {n} mortos, segundo testemunhas.",
        "Insurgentes sequestraram {n} pessoas perto de {p}.",
        "Confrontos entre o exército e rebeldes deixaram {n} mortos em {p}.",
        "A polícia prendeu {n} manifestantes em {p}.",
        "Ataque a tiros deixa {n} mortos num bar em {p}",
        "Servidores entram em greve em {p} contra cortes salariais.",
        "Manifestantes bloquearam estradas em {p} em protesto contra o governo.",
    ],
    "ar": [
        "قتل مسلحون {n} مدنيين في هجوم على قرية قرب {p}.",
        "أسفرت غارة جوية على سوق في {p} عن مقتل {n} أشخاص.",
        "اختطف مسلحون {n} تلاميذ من مدرسة في {p}.",
        "اندلعت اشتباكات بين الجيش والمتمردين في {p} أسفرت عن مقتل {n}.",
        # session 3: tweet and headline register (no sentence verb, attached clitics, imperfect verbs)
        "مقتل {n} مدنيين في قصف جوي على {p}",
        "قصفت طائرات حربية أحياء سكنية في {p} مما أدى إلى مقتل {n} أشخاص.",
        "غارات جوية عنيفة تستهدف {p} الليلة الماضية",
        "انفجار سيارة مفخخة في {p} يسفر عن مقتل {n} وإصابة آخرين",
        "مسلحون يخطفون {n} أطفال من الشارع في {p}",
        "الطيران الحربي يرتكب مجزرة في {p} راح ضحيتها {n} مدنيين",
        "قوات الأمن تعتقل {n} متظاهرين في {p}",
        "مقتل {n} من عناصر التنظيم الإرهابي في اشتباكات مع الجيش قرب {p}",
        "قصف مدفعي يستهدف مخيما للنازحين في {p}",
        # session 4: general wire and headline phrasing (MSA news agencies), written without the check set
        "استشهد {n} مواطنين وأصيب آخرون في غارة إسرائيلية على منزل في {p}",
        "ارتفاع حصيلة ضحايا القصف على {p} إلى {n} قتلى وعشرات الجرحى",
        "قتل {n} أشخاص واصيب آخرون بجروح في انفجار عبوة ناسفة استهدفت حافلة في {p}",
        "لقي {n} جنود حتفهم في هجوم شنه مسلحون على نقطة تفتيش قرب {p}",
        "قصفت قوات النظام بقذائف الهاون أحياء {p} ما أسفر عن سقوط قتلى وجرحى",
        "الطيران الروسي يشن غارات على ريف {p} ويقتل {n} مدنيين",
        "مصرع {n} مسلحين في اشتباكات مع قوات الأمن في {p}",
        "اشتباكات عنيفة بين فصائل مسلحة في {p} تسفر عن سقوط قتلى",
        "مجزرة جديدة في {p} راح ضحيتها {n} من المدنيين بينهم أطفال",
        "تفجير انتحاري يستهدف مسجدا في {p} ويوقع {n} قتلى",
        "اختطاف {n} عمال إغاثة على يد مسلحين مجهولين في {p}",
        "قوات الاحتلال تعتقل {n} شبان خلال مداهمات في {p}",
        "نزوح آلاف العائلات من {p} هربا من القصف والمعارك",
        "اغتيال قيادي بارز بإطلاق نار أمام منزله في {p}",
        "قتلى وجرحى في قصف بالبراميل المتفجرة على {p}",
        "مسلحون يهاجمون قرية في {p} ويحرقون المنازل ويقتلون {n} من سكانها",
        "اصابة {n} متظاهرين برصاص قوات الامن في {p}",
        "سقوط {n} قتلى في انفجار سيارة مفخخة وسط {p}",
        "شهداء وجرحى في قصف للاحتلال على مخيم في {p}",
        "مواجهات دامية بين الجيش ومسلحين في {p}",
        "ميليشيا مسلحة تقتحم {p} وتعدم {n} مدنيين ميدانيا",
    ],
}
_NEG = {
    "en": [
        "The rebel leader threatened to kill anyone who cooperates with the government in {p}.",
        "Parliament debated a bill to curb police violence and arbitrary arrests.",
        "A court sentenced two men for the killing of a journalist in {p} in 2009.",
        "The minister condemned the attack and promised an investigation.",
        "Analysts warned that fighting could resume in {p} if talks fail.",
        "The army said it would launch an offensive against militants if they refuse to disarm.",
        "The UN envoy called for an end to attacks on civilians and for humanitarian access to {p}.",
        "The report examines how drones have changed warfare over the past decade.",
        "Human rights groups urged the government to investigate allegations of torture.",
        "Officials discussed security arrangements ahead of the elections in {p}.",
        "The former commander denied ordering the massacre during his trial in The Hague.",
        "Police said they had foiled a plot to bomb a bridge in {p}.",
        "Violence against women remains widespread, a new survey found.",
        "The candidate said the opposition wanted to kill the reform.",
        "Residents fear renewed clashes as the ceasefire deadline approaches.",
        "The government denied that its troops had been deployed to {p}.",
        "The company's shares were killed by the announcement, traders said.",
        "The striker shot the ball past the keeper to seal the win.",
        "A gas explosion at a restaurant in {p} killed {n} people.",
        "Floods killed {n} people and destroyed thousands of homes in {p}.",
        "The film depicts the massacre of villagers during the war.",
        "Survivors gathered to commemorate the victims of the bombing 20 years ago.",
        "Hackers attacked the ministry's servers, taking its website offline.",
        "A bus crash on the highway near {p} killed {n} passengers.",
        "The opposition said it will hold a demonstration in {p} next month if its demands are not met.",
        "Organisers have applied for a permit to rally in {p} on Sunday.",
    ],
    "fr": [
        "Le chef rebelle a menacé de tuer quiconque collabore avec l'armée.",
        "Le tribunal a condamné deux hommes pour le meurtre d'un journaliste en 2010.",
        "Le ministre a condamné l'attaque et promis une enquête.",
        "Des inondations ont fait {n} morts à {p}.",
        "je suis mort de rire avec cette vidéo",
        "j'ai explosé de rire en lisant ça",
        "il a tué le match à lui tout seul",
        "je vais te tuer si tu recommences",
        "la violence ne résout jamais rien",
        "{n} morts dans un accident de car près de {p}",
        "Il y a vingt ans, le massacre de {p} faisait des centaines de morts.",
        # session 4
        "Le froid a fait {n} morts parmi les sans-abri à {p} cette semaine.",
        "Le gouvernement envisage des frappes si les négociations échouent.",
        "Les attentats de 2015 restent dans toutes les mémoires.",
        "Cette série raconte une tuerie dans un lycée américain.",
        "Les ventes de la marque ont été massacrées par la concurrence.",
        "Le virus a tué {n} personnes à {p} depuis janvier.",
        "Il faut arrêter les bombardements et protéger les civils, a déclaré le ministre.",
        "Tu m'as tué avec cette blague",
        "L'ONU appelle à la retenue après les menaces d'attaque.",
    ],
    "es": [
        "El líder guerrillero amenazó con matar a quienes colaboren con el ejército.",
        "Un tribunal condenó a dos hombres por el asesinato de un periodista en 2012.",
        "El ministro condenó el ataque y prometió una investigación.",
        "Un accidente de autobús dejó {n} muertos en {p}.",
        "Me muero de risa con este video.",
        "El delantero mató el partido con dos goles.",
    ],
    "pt": [
        "O líder da facção ameaçou matar quem colaborar com a polícia.",
        "O ministro condenou o ataque e prometeu uma investigação.",
        "Um desabamento de prédio deixou {n} mortos em {p}.",
        "Acidente de autocarro causa {n} mortos em {p}",
        "Morreu aos 90 anos o antigo presidente, em casa.",
        "Tempestade deixa milhares de casas sem eletricidade em {p}.",
    ],
    "ar": [
        "هدد زعيم المتمردين بقتل كل من يتعاون مع الحكومة.",
        "أدان الوزير الهجوم ووعد بإجراء تحقيق.",
        "سأقتلك إذا رأيتك مرة أخرى",
        "قتل الأبرياء جريمة لا يقبلها أي دين",
        "مقتل {n} أشخاص في حادث سير على الطريق السريع قرب {p}",
        "وفاة {n} أشخاص في فيضانات ضربت {p}",
        "ندعو إلى وقف القصف وحماية المدنيين في {p}",
        "في مثل هذا اليوم قبل سنوات سقط الشهداء في {p}",
        "الفيلم يروي قصة مجزرة وقعت خلال الحرب",
        "هجوم إعلامي عنيف على الوزير بعد تصريحاته",
        "النظام يقتل شعبه منذ سنوات",
        # session 4
        "وفاة {n} أشخاص بسبب البرد في مخيمات {p}",
        "الحكومة تهدد بشن غارات إذا فشلت المفاوضات",
        "انهيار مبنى في {p} يودي بحياة {n} أشخاص",
        "الفيروس يقتل {n} أشخاص في {p} خلال أسبوع",
        "ندين بشدة أي اعتداء على المدنيين في كل مكان",
        "اللاعب قتل المباراة بهدفين",
        "مقتل {n} أشخاص في حريق اندلع في مصنع في {p}",
        "يجب محاسبة من قصف المدنيين في الماضي",
        "ذكرى مجزرة {p} تمر اليوم بصمت",
    ],
}
_NUMS = {"en": _NUM_EN, "fr": _NUM_FR, "es": _NUM_ES, "pt": _NUM_PT, "ar": _NUM_AR}


def generate(seed: int = 7, per_template: int = 3) -> list[tuple[str, int, str]]:
    """(text, label, language) rows: ``per_template`` fillings of every template."""
    rng = random.Random(seed)
    rows: list[tuple[str, int, str]] = []
    for label, table in ((1, _POS), (0, _NEG)):
        for lang, templates in table.items():
            for template in templates:
                for _ in range(per_template):
                    places = _PLACES_AR if lang == "ar" else _PLACES
                    text = template.format(n=rng.choice(_NUMS[lang]), p=rng.choice(places))
                    rows.append((text, label, lang))
    return sorted(set(rows))
