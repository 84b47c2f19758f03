"""Trigger words, non-event filters and type rules for violence events (en, fr, es, pt, ar).

Patterns are matched on folded text (lower case, Latin accents removed) as word prefixes.
``candidate_cues`` is the cheap first stage of the cascade; ``non_event_reason`` says why a
sentence that mentions death or attacks is not a violence event (accident, disaster, disease,
metaphor, fiction, commemoration, cyber attack); ``type_sentence`` assigns the taxonomy type.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace

from nlp.events import cues_hi_id as hi_id

__all__ = ["ATTACKED_TARGET", "RULES_VERSION", "RuleMatch", "candidate_cues", "cue_spans", "fold_text", "incident_dated",
           "legal_only", "mask_benign", "negated_only", "non_event_reason", "type_sentence"]

RULES_VERSION = "event-rules.v26"  # v26: enforced disappearances ("has not been seen since police officers took him", en, fr, es, pt), people seized by an armed group as candidates ("Gang members seized 17 missionaries"), executions by hooded men (pt, es), bodies found (ar), Polish neuter arrests, a strike that killed a counted person is a report, rapes committed by an armed group (a noun: "viols commis par des miliciens"), English stated abductions and rapes kept, people detained while boats were seized are arrested (not in drug or weapons busts), bombs dropped (id), landmines (tr), street battles with the police (de), supporters, youths and residents in clashes with police in more languages are rioters; a rout of a named side ("Flamengo massacra o Vasco"), arms deals, hard landings (ru, uk), buses off the road (es), Dutch accident compounds, films and series (es, pt, hi, de, it, ru, uk, tr, id, sw, ar), joint drills (hi) and old years (sw, id, tr, ru, uk, ar, hi) are no events; "partido" alone is no match; v25: the dead of two sides in two clauses add up (nlp/sides.py); marches named peaceful (pt, es, it, tr, sw), Turkish deaths and armed attackers, combatants "neutralised", exchanges of fire (pt, es, fr), named armed groups, ransom kidnappings, people made to flee ("ont fait fuir") or evacuated because of shelling are reports; tear-gas canisters and stun grenades, and petrol bombs in unrest, are no strikes; arrests after unrest are arrests, an arrest that set off a riot is its cause; executions by soldiers are killings of captives, civilians among fighters' dead keep a battle, a mob in clashes is a riot, a police operation against a gang and an attack on a post (ar, ru, uk) are battles, Arabic armed men before a counted object killed; a counted flight told first before uncounted killings is a displacement, huts burned after residents fled a destruction; short circuits and arson ruled out, plane crashes, forest fires (ru, uk), storms (pt), anniversaries (sw) and warnings that armed groups could attack are no events; v24: a counted flight that is the news is a displacement (told first, caused by named violence, or forced out by it: "crossed into Chad after fleeing attacks", "через обстріли ... виїхали понад 600 людей"), clan, tribal and village clashes are riots (نزاع عشائري, между жителями соседних сёл), an abduction of many with one killed is an abduction, a vehicle seized with its passengers for ransom, rapes by armed men, dated drone strikes with no casualties, marches (marcharam, demonstriert, вийшли на мирну акцію) and a journalist or activist detained are stated reports, a toll raised in the next sentence ("bringing the toll to 10", "were also killed") is the event's, and military parades, gas-laden lorries, vans that overturned, bus-truck collisions (ru, uk), mourning ceremonies (ru), travel advisories, TV series, fireworks and firefighters (bomberos) are no events or weapons; v23: Hindi and Indonesian reports (triggers for every type, accident, disaster, disease, sport and commemoration words, armed and state actors, number words, "कम से कम", "sedikitnya", and counts in nlp/numbers.py; nlp/events/cues_hi_id.py), Hindi sentences end at a danda, Hausa "goma sha biyu" is 12, combatants killed in Hindi, Indonesian, Swahili and Hausa word order make a battle, animals and things counted are no people ("stole thousands of cattle", "killed 50 cows and two herders": 2) and people arrested no dead ("detained 25 people and killed three": 3), protesters who clashed with police are a violent demonstration even where tear gas was fired, a peaceful march or a sit-in held is a stated protest, houses burned by gunmen who also killed livestock are no animal story; v22: a count joined by a hyphen to a singular unit ("a 30-minute firefight", "a 12-week siege") and the low end of a range over years or another unit ("de entre 17 y 22 años") are no tolls; v21: Turkish reports (triggers, accidents, disasters, actors, number words); people seized by an armed group are abducted, two victims named one by one are two, a toll split between the sides is summed, one death that set off unrest is no toll; words for rioters, looters and brawls (émeutiers, массовая драка, مشاجرة), attacks repelled and assaults (repelled, відбили, штурм) as fighting, occupiers as combatants, Ukrainian "викрали" as abduction, guided aerial bombs (авіабомби) as strikes, people who left their homes (en, fr, es, pt, ru, uk) as displaced; clashes between two communities or families are communal rioting; arrests the sentence leads with stay arrests when it adds that officers were injured; mock and simulated attacks are drills, air-raid alerts and threats of a strike (ru, uk) no strikes, memories honoured (почтили память, recordó el atentado, rendu hommage) commemorations; ages written as one adjective (10-летний, 45-річний, 45-jährige) are no tolls, "погиб|загинув" with a role noun is one dead, "унёс жизни семи" and "ліквідовано 37" count the dead, Russian and Ukrainian genitive numbers (семи, пяти); French approximate numerals (une quarantaine de militants) and aides count arrested people; v20: a range is its lower bound ("tra 30 e 40", "от 30 до 40", "between thirty and forty"), ordinals and unit, road, resolution and flight numbers are no tolls ("the 20th attack", "Brigade 444", "Route 60"), a verdict or trial about a past attack told in a relative clause ("which killed 130", "qui avait fait 86 morts", "que dejó 20 muertos") is no event, derbies, finals and title races are sport, naval, air and joint drills (en, fr, es, pt, it, de, ru, ar) are exercises, and a death toll in the next sentence is the event's own ("Gunmen attacked Kukawa. Twelve people died."); v19: arrests a sentence leads with are arrests, a protest it then names is where they happened ("police detained 1,300 people at anti-war protests"; a protest first, or crowd-control force, stays a protest with intervention); an attack warned of or planned is no event; factory fires, wildfires, cyclones, mine and gas accidents (ru), hospital fires (ar), military exercises (ru, uk, fr, es, pt, de) are no events; lynched, burned alive, beaten to death in es/pt/fr, executed (ar), raped (ar, es "violaron a"), abducted (pt "raptaram"; sw "waliwateka nyara"), arrested (sw, pt "deteve", it "ha fermato"), fought (sw, pt) are triggers, and an angry crowd that beat, dragged or lynched someone is mob violence; residents who fled on foot towards a place fled (no getaway), and a flight of hundreds as armed fighters advanced is a stated displacement; a counted flight told before the attack that caused it is a displacement, houses burned by armed men who attacked nothing else are destruction, an armed group that attacked a military base, camp or convoy fought a battle, Hindu and Muslim (or other religious) groups that clashed are communal rioting, protesters who burned and then died are a violent demonstration, a mob that lynched someone "accused of" a crime is no court case, and "nobody was killed" is no killing; clashes between police and supporters, students or youths with no armed side are riots even when they killed, and so are killings in prison fights and mutinies (rebelião, motín), and a mob that killed police officers; a battle word whose dead are civilians ("22 civilians were killed after militiamen overran the neighbourhood") is violence against civilians; "killed when soldiers opened fire" makes no soldier a victim; verdicts (sentenced, a condamné, condenado, verurteilt) are no events even with a count; crushes and stampedes, container-depot and chemical-plant fires, household gas explosions (ru) and floods (паводки) are no events; FSB, KGB and security services arrest, capturaron, detidas; ликвидированы kills, artabu (ha) fights; v18: a year two or more back after Italian, Dutch, Polish or German prepositions ("nel 2015", "im Jahr 2015") is history; Portuguese and Spanish past forms of "attack" (atacaram, atacou, atacaron); fighters, resistance forces, armed gangs, bandits, separatists and dissidents are armed actors, and "clashes erupted" is fighting that took place; an attack on a town, prison or barracks is on a physical target; attending a funeral is no event unless an attacker is named; "gunned down" counts the dead; Maoists and Naxals are armed actors (police killing them is a battle); protesters who blocked roads protested; a drone, missile, rocket or shell that "hit" a target is a strike; weapons tests, drills and demos are no events; an age in brackets after a name ("Zafar Iqbal (46), was shot dead") is no toll; v17: Italian, Dutch and Polish reports (triggers for every type, with Polish case and gender forms; accident, disaster, disease, sport, fiction and commemoration words; armed actors, state forces, crowds, past-tense strikes and harms; number words and count cues in nlp/numbers.py); German and Dutch "gelyncht" is mob violence, as "lynched" is; v16: a roundup sentence with a toll and a place per incident ("..., while a bomb killed three in Maiduguri") is one report per incident; a story's frame ("in the video game", "the film follows") is fiction whoever acts in it; "120-90" is a score; gas explosions in es/fr/pt/ar are accidents; historians' accounts are historical; an Israeli, US, Turkish or coalition strike is an air strike; a toll that "rose to 45" far from its cue is the dead; "martyred" is killed; rockets, missiles, drones or grenades fired "at" a target are an attack; the attacker's getaway ("before fleeing", "the gunmen fled the scene") is no displacement; weapons that killed children on a football pitch are no sport; v15: a killing in an exchange of fire is a stated report; "militants planted a bomb" is a stated explosion; "militants shot dead a villager" is no battle (the militants killed); constables, jawans, security personnel, cadres and fidayeen killed make a battle; "an explosion of violence" is no blast, "a spike in murders" is a trend; protesters who threw stones, stormed, torched or looted are a violent demonstration (riot), stone pelting is a riot; a device thrown, planted or gone off, a blast claimed or blamed is a stated explosion; an attack on a physical target ("the convoy was attacked") and an abduction by an armed actor are stated; a toll in the present perfect since a year or so far this year, or over a rule or presidency, is no incident; v14: soldiers or police who died, drowned or were killed in an accident are its dead, not its actors; v13: "30 civils tués dans une attaque jihadiste" is violence against civilians (the armed group names the attack), territory taken in French/Spanish/Portuguese headlines ("prennent le contrôle de"); v12: clashes between fans, students or protesters with no armed side are riots; people who fled an armed attack make the attack the event; "jets struck"; v11: German, Amharic and Kinyarwanda reports (triggers for every type, number words, counts, accident, disaster, disease and sport words, German names of conflict countries and cities); German "die" is no dying; v10: headlines in the present tense ("Israeli strike kills 20", "Bomb blast wounds 3"), "killed in a militia raid" names the attacker, attacks on police posts and checkpoints are battles, territory seized or retaken is a battle and not a seizure, "clashed" by an armed actor is a stated battle, "executing"; a march for the release of prisoners is a protest, protesters who rallied are a stated protest; v9: an accident, disaster or disease stays a non-event when the police or army only report it ("police said", "selon la police") or recover bodies; a toll over a year of a kind of violence ("killed in gang violence last year", "so far this year") is no incident; "collided" is an accident word; v8: killings by hand (hacked, burned alive, stoned to death), tanker accidents, bills "killed in committee", arrests for ordinary offences are no events, "killed 18 displaced people" counts 18 dead, a strike in a past tense is a stated report (Israel bombed Damascus, قصفت), "por 4 a 0" is a match result, "decapit-" is a killing, a toll over years or a war is no incident, Russian and Ukrainian triggers, numbers and Cyrillic place names, arrests ahead of a rally are arrests, a passive subject is the victim, "hit a mine" is remote violence, "insurgent" alone is no battle; v7: a scoreline ending a sentence ("4-0.") is a match result; "marcharon", "ont défilé" are protests; "il y a trente ans", "hace treinta años", "قبل ثلاثين عاما" are historical; a protest with a crowd and a past-tense protest verb, a killing or explosion by an armed actor in a past tense are stated; stated reports are held to the model threshold; v6: protests met with force or arrests are protests with intervention; more accident and weather words (a bus plunged into a ravine, a fire at a factory, heavy rain, chuvas, lluvias); fire exchanged by people is no accident; "dozens of homes" counts homes; v5: animals killed or killing are not events; "demonstrated"/"manifestations of"/"treaty bodies" are no triggers; v4: more ar/fr news vocabulary, bare-alef Arabic spellings  # v3: bodies found, rounds fired, Arabic verb prefixes, strikes (greve); v2: negation and medical non-events

_CUES: dict[str, tuple[str, ...]] = {
    "kill": ("kill", "died", "succumbed", "martyred", "embraced martyrdom", "embraced shahadat", "abattu", "shot dead", "gunned down", "murder", "massacr", "slaughter", "slain", "executed", "execution", "executing", "behead", "decapit",
             "lynch", "lincho", "linchad", "lincharon", "linchou", "lincharam", "quemado vivo", "quemo vivo",
             "queimado vivo", "queimaram vivo", "brule vif", "brules vifs", "battu a mort", "battus a mort",
             "battue a mort", "abateram", "abatieron", "ter abatido", "foram abatidos", "fueron abatidos",
             "أعدم", "اعدم",
             "dead", "death toll", "bodies", "body of", "hacked$", "hacked to death", "beaten to death", "stabbed to death",
             "stoned to death", "clubbed to death", "burned alive", "burnt alive", "burned to death", "burnt to death",
             "tortured to death", "shot to death", "macheted", "police fire victim", "tue$", "tuee$", "tuees$", "tues$", "tuant", "morts", "tuerie",
             "assassin", "muert", "mato", "mataron", "asesin", "masacr", "murieron", "murio", "fallecieron", "matou", "mataram", "mortos", "mortas", "chacina",
             "قتل", "قتلى", "قتيل", "مقتل", "مجزرة", "مذبحة", "اعدام", "إعدام", "شهداء", "شهيد", "استشهد", "استشهاد",
             "لقي حتفه", "لقوا حتفهم", "مصرع", "tuer$", "tuerie", "massacre", "execute$", "executes$", "assassine"),
    "sexual": ("rape", "raping", "sexual violence", "sexually assault", "sexual assault", "gang-rape", "viol$",
               "viols$", "viole$", "violee$", "violees$", "violes$", "violaci", "violad", "estupr", "violencia sexual", "violencia sexual",
               "اغتصاب", "اعتداء جنسي", "اغتصب", "violaron a", "violo a", "fueron violadas", "fue violada"),
    "abduct": ("kidnap", "abduct", "hostage", "demanding a ransom", "demanding ransom", "ransom demand", "forcibly disappeared", "enforced disappearance", "enlev",
               "otage", "secuestr", "sequestr", "raptad", "rapto", "raptaram", "raptou", "desaparecid", "خطف", "اختطاف", "اختطف", "مخطوف", "رهائن", "kidnapp", "rapt$", "pris en otage"),
    "remote": ("airstrike", "air strike", "remote control", "remote-control", "الطيران الحربي", "الطيران الروسي", "طائرات حربية", "air raid", "strikes on", "strike on", "strikes in", "strike in",
               "strikes hit", "strike hit", "strikes killed", "strike killed", "strike kills", "strikes kill",
               "jets struck", "jets bombed", "jets hit", "jets pounded", "jet struck", "aircraft struck",
               "aircraft bombed", "planes bombed", "planes struck",
               "strike that killed", "strike wounds", "drone", "warplane", "fighter jets",
               "gunship", "shelling", "shelled", "shells", "artillery",
               "mortar", "rocket", "missile", "bomb", "ied", "explosive", "landmine", "hit a mine", "struck a mine",
               "stepped on a mine", "mine exploded", "mine blast", "suicide attack", "grenade",
               "blast", "explosion", "frappe aerienne", "frappes aeriennes", "bombard", "obus", "roquette",
               "engin explosif", "kamikaze", "dron", "misil", "coche bomba", "carro bomba", "carro-bomba",
               "ataque aereo", "explosiv", "granada", "غارة", "غارات", "قصف", "صاروخ", "صواريخ", "مسيرة",
               "انفجار", "عبوة ناسفة", "انتحاري", "تفجير", "قذيفة", "قذائف", "هاون", "مفخخة", "براميل متفجرة",
               "برميل متفجر", "frappe$", "frappes$", "tirs de roquette", "tirs d'artillerie", "bombe", "explosion"),
    "battle": ("clash", "fighting", "fought", "battle", "ambush", "offensive", "firefight$", "firefights$",
               "exchange of fire",
               "exchanged fire", "confrontation", "firing on each other", "fire on each other", "encounter with",
               "gun battle", "gunfight", "shootout", "shoot-out", "tiroteio", "combat", "affrontement", "embuscade", "enfrentamiento",
               "emboscada", "confronto", "tiroteo", "اشتباك", "معارك", "معركة", "كمين", "مواجهات", "اقتتال", "combats$",
               "accrochage", "enfrentaram",
               # territory taken by force (ACLED's "non-state actor overtakes territory", "government regains")
               "seize town", "seizes town", "seized town", "seized the town", "seized the city", "seize the city",
               "captured the town", "captures town", "capture town", "captured the city", "seized a military base",
               "captured a military base", "overran the", "overran a", "overran an", "recaptured the town",
               "recaptured the city", "retook the town", "retook the city", "took control of the town",
               "took control of the city", "seized control of the town", "seized control of the city",
               "prennent le controle", "ont pris le controle", "a pris le controle", "s'emparent de",
               "se sont empares de", "toman el control", "tomaron el control", "tomaram o controle"),
    "combatant": ("soldier", "troops", "militant", "fighters", "rebel", "jihadist", "insurgent", "policem", "constable",
                  "jawans", "security personnel", "cadres", "fidayeen", "maoist", "naxal",
                  "police officer", "police post", "police station", "checkpoint", "army", "militia", "soldat", "militaire", "rebelle", "djihadiste", "soldado",
                  "militar", "guerriller", "جنود", "جندي", "مسلح", "عناصر"),
    "riot": ("mob ", "mobs", "riot", "lynch", "communal violence", "communal clash", "vigilante mob", "mob justice", "jungle justice", "emeute", "disturbios",
             "stone pelting", "stone-pelting", "pelted stones", "pelting stones", "threw stones", "hurled stones",
             "throwing stones", "hurling stones", "pelted them with stones", "jets de pierres", "lanzaron piedras",
             "turba", "linchamiento", "linchamento", "tumulto", "شغب", "rebeliao em", "motin", "amotinaron",
             "se amotinaron", "prison riot", "riot at the prison", "lincho", "linchad", "lincharon", "linchou",
             "lincharam", "crowd dragged", "crowd beat", "crowd lynched", "crowd stoned", "crowd set upon",
             "crowd attacked", "habitants en colere", "foule en colere", "foule a lynche"),
    # "demonstrat" and "manifest" alone took "as demonstrated in the report" and "terrorism in all its
    # manifestations" (UN speeches) for protests: the nouns, and the verbs with a protest preposition
    "protest": ("protest", "demonstration", "demonstrator", "demonstrated against", "demonstrating against",
                "demonstrate against", "demonstrated outside", "demonstrating outside", "demonstrated in front",
                "demonstrating in front", "demonstrated in the streets", "demonstrating in the streets",
                "were demonstrating", "are demonstrating", "been demonstrating", "was demonstrating",
                "demonstrated peacefully", "demonstrating peacefully", "thousands demonstrated",
                "hundreds demonstrated", "dozens demonstrated", "people demonstrated", "students demonstrated",
                "residents demonstrated", "workers demonstrated", "supporters demonstrated", "women demonstrated",
                "farmers demonstrated", "villagers demonstrated", "activists demonstrated", "who demonstrated",
                "members demonstrated", "demonstrated at the",
                "greve", "huelga", "rally", "rallies", "marched", "sit-in", "on strike", "stopped work",
                "marcharon", "marcharam", "ont defile", "ont marche",
                "manifestant", "manifestation", "manifester", "manifestai", "manifestent", "ont manifeste",
                "a manifeste", "manifestac", "manifestaron", "manifestaram", "protesta",
                "protesto", "احتجاج", "مظاهر", "متظاهر", "تظاهر", "احتج", "المحتجين", "محتجين", "محتجون"),
    "arrest": ("arrest", "detain", "detention", "rounded up", "custody", "jailed", "nabbed", "picked up",
               "apprehended", "remanded", "booked", "arrete",
               "interpell", "detenu", "detenid", "detuv", "prendeu", "prenderam", "deteve", "detiveram", "detidas", "detida", "capturaron", "arrestad", "capturad", "preso", "presos", "detido", "detidos",
               "اعتقال", "اعتقل", "احتجاز", "توقيف", "معتقل", "القبض على", "garde a vue"),
    "destroy": ("torched", "vandalis", "saccag", "vandaliz", "set fire", "set ablaze", "burned down", "burnt down", "burned", "razed", "looted",
                "destroyed", "demolished", "incendi", "pille", "saque", "quemar", "queimad", "حرق", "أحرق", "نهب",
                "هدم", "دمر", "تدمير"),
    "displace": ("displaced", "fled", "forced to flee", "flee", "uprooted", "deplace", "ont fui", "desplaz",
                 # people who crossed a border or left a town because of violence (session 15b)
                 "from their homes", "se refugier", "fuyant", "huyendo de", "cruzaron la frontera", "виіхали", "выехали", "покинули регион",
                 "покинули город", "покинули село", "покинули район", "залишили місто", "залишили село",
                 "huyeron", "deslocad", "fugiram", "نزوح", "نازح", "نزح", "فروا", "تهجير", "تهجر"),
    "attack": ("attack", "assault", "fusillade", "tiroteio", "atentad", "gunmen", "gunman", "armed men", "shot", "stabb", "beat", "tortur", "stormed",
               "opened fire", "fired at", "fired on", "rocket at", "rockets at", "missile at", "missiles at",
               "drone at", "drones at", "mortars at", "shells at", "grenade at", "grenades at", "fired shots", "fired rounds", "fired tear", "police firing",
               # a weapon that "hit" a target ("a Ukrainian drone hit an oil refinery", "a missile hit a school")
               "drone hit", "drones hit", "missile hit", "missiles hit", "rocket hit", "rockets hit", "shell hit",
               "shells hit", "mortar hit", "mortars hit", "bomb hit",
               "rounds were fired", "rounds fired", "rounds of fire",
               "had to fire", "fired in the air", "rounds in the air", "fired rubber", "fired live",
               "lathi", "tear gas", "teargas", "الغاز المسيل للدموع", "غاز مسيل للدموع", "gaz lacrymogene",
               "gases lacrimogenos", "gas lacrimogeno", "gas lacrimogenio", "tranengas", "слезоточив",
               "wounded", "injured", "attaque", "hommes armes", "blesse", "ataque", "atentado", "hombres armados",
               "herid", "feridos", "homens armados", "atacaram", "atacou", "atacaron", "ataco$", "atacado", "atacada",
               "atacados", "atacadas", "هجوم", "مسلحون", "جرحى", "جريح", "إصابة", "مصاب", "اعتداء",
               "إطلاق نار", "إطلاق النار", "طعن", "attentat", "tirs$", "ont tire sur", "a tire sur", "poignard"),
}
# Russian and Ukrainian, written folded (fold_text drops the breve and diaeresis: "й" -> "и", "ї" -> "і")
_RU_UK: dict[str, tuple[str, ...]] = {
    "kill": ("убит", "убил", "убив", "погиб", "гибел", "загин", "загибел", "вбит", "вбил", "вбив", "расстрел",
             "ликвидирова", "ліквідова",
             "розстріл", "казн", "страчен", "убииств", "вбивств", "резн", "бойн"),
    "sexual": ("изнасил", "зґвалт", "згвалт", "сексуальн насил"),
    "abduct": ("похищ", "похитил", "похитит", "викрад", "заложник", "заручник"),
    "remote": ("обстрел", "обстріл", "ракет", "авиаудар", "авіаудар", "авианалет", "авіаналіт", "беспилотник",
               "безпілотник", "дрон", "шахед", "бомб", "взрыв", "вибух", "артиллер", "артилер", "миномет", "міномет",
               "удар по", "удару по", "ударом по", "удари по"),
    "battle": ("бои$", "бои ", "бой$", "бою$", "боях", "боев$", "боем$", "бої", "боі$", "боів", "боями", "столкновен", "зіткнен", "сражен", "перестрелк",
               "перестрілк", "наступлен", "наступ$"),
    "combatant": ("военн", "военнослужащ", "солдат", "боевик", "військов", "бойовик", "вояк", "боец", "бійц"),
    "riot": ("погром", "беспоряд", "заворушен", "самосуд"),
    "protest": ("протест", "митинг", "мітинг", "демонстрант", "манифестац", "мирну акці", "мирную акци", "вийшли на акці",
                "вышли на акци", "акцію протесту", "акцию протеста", "акціі протесту", "акции протеста"),
    "arrest": ("задержан", "задержал", "арестова", "затриман", "затримал", "заарештова"),
    "destroy": ("разрушен", "разрушил", "зруинов", "зруйнов", "сожгли", "спалили", "поджог", "підпал"),
    "displace": ("беженц", "біженц", "переселенц", "вынужденн переселен", "бежали", "втекли", "эвакуирова",
                 "евакуйова"),
    "attack": ("нападен", "напад", "атак", "ранен", "поранен", "стрельб", "стрілян", "обстріля"),
}
# Swahili and Hausa (BBC Swahili/Hausa-style reports): verb forms and nouns, whole phrases where a short stem would
# be an everyday word or a name elsewhere (Hausa "kama" is also "like", "fada" also "said", "hari" an Indian name,
# "kisan" Hindi for farmer, "mahara" the start of Maharashtra)
_SW_HA: dict[str, tuple[str, ...]] = {
    "kill": ("waliuawa", "aliuawa", "wameuawa", "ameuawa", "kuuawa", "waliuliwa", "mauaji", "waliwaua", "aliwaua",
             "wamewaua", "kuwaua", "wakiwaua", "waliua", "wameua", "an kashe", "sun kashe", "ya kashe", "suka kashe", "aka kashe", "kisan gilla", "kashe-kashe",
             "sun mutu", "suka mutu", "uliua", "uliwaua", "umeua", "umewaua", "liliua", "liliwaua", "yaliua", "kiliua"),
    "sexual": ("ubakaji", "walibakwa", "fyade"),
    "abduct": ("ametekwa", "alitekwa", "wametekwa", "walitekwa", "kutekwa", "walitekwa nyara", "alitekwa nyara", "utekaji nyara", "waliteka nyara", "waliwateka nyara",
               "walimteka nyara", "wamewateka nyara", "sun sace", "an sace",
               "aka sace", "garkuwa"),
    "remote": ("shambulio la bomu", "mlipuko", "bomu", "mabomu", "kombora", "makombora", "droni",
               "ndege isiyo na rubani", "tashin bam", "bam$",
               "jirgi mara matuki"),
    "battle": ("mapigano", "mapambano", "walipigana", "wamepigana", "kupambana", "walipambana", "artabu", "arangama", "gumurzu"),
    "combatant": ("wanajeshi", "askari", "sojoji", "wanamgambo", "waasi", "mayakan"),
    "protest": ("maandamano", "waandamanaji", "zanga-zanga"),
    "arrest": ("walikamatwa", "wamekamatwa", "alikamatwa", "kukamatwa", "walimkamata", "waliwakamata",
               "wamewakamata", "wamemkamata", "an kama", "sun kama", "aka kama"),
    "destroy": ("walichoma moto", "wamechoma moto", "sun kona", "an kona", "kone gidaje"),
    "displace": ("walikimbia makazi", "wamekimbia makazi", "waliyakimbia makazi", "gudun hijira"),
    "attack": ("shambulio", "mashambulizi", "walishambulia", "wameshambulia", "walijeruhiwa", "wamejeruhiwa",
               "kai hari", "'yan bindiga", "yan bindiga", "mahara$", "jikkata", "raunata"),
}
# German (folded: "getötet" -> "getotet", "Kämpfe" -> "kampfe"); separable verbs by their participle or noun
# ("nahm ... fest" is found by "festnahm", "festgenommen")
_DE: dict[str, tuple[str, ...]] = {
    "kill": ("getotet", "totete", "toteten", "tote$", "toten$", "todesopfer", "ums leben", "starben", "ermordet",
             "erschossen", "hingerichtet", "enthauptet", "umgebracht", "gelyncht", "massaker", "in den tod"),
    "sexual": ("vergewaltig", "sexuelle gewalt"),
    "abduct": ("entfuhrt", "entfuhrten", "geisel", "verschleppt"),
    "remote": ("luftangriff", "raketenangriff", "drohnenangriff", "raketen", "drohne", "bombe", "sprengsatz",
               "sprengstoff", "beschuss", "artillerie", "granat", "selbstmordattent", "selbstmordanschlag",
               "bombenanschlag", "autobombe", "in die luft gesprengt",
               "bombardiert", "explosion"),
    "battle": ("gefecht", "kampfe$", "kampfen$", "zusammenstoss", "zusammenstoß", "hinterhalt", "schusswechsel",
               "feuergefecht"),
    "combatant": ("soldat", "truppen", "miliz", "rebellen", "kampfer", "dschihadist", "islamist", "armee", "militar"),
    "riot": ("krawall", "ausschreitung", "unruhen", "lynchmob"),
    "protest": ("demonstrant", "demonstrierten", "kundgebung", "protestierten", "demonstriert$", "protestiert$"),
    "arrest": ("festgenommen", "festnahm", " fest$", "fest.", "verhaftet", "inhaftiert", "gefangen genommen"),
    "destroy": ("niedergebrannt", "in brand gesteckt", "zerstort", "geplundert"),
    "displace": ("vertrieben", "geflohen", "fluchteten"),
    "attack": ("angriff", "anschlag", "uberfall", "bewaffnete", "schusse", "verletzt", "verwundet", "attentat",
               "erstochen", "angegriffen"),
}
# Amharic (Ge'ez script; the prepositions be-, ye-, le-, ke- written on the word are added in _regex) and
# Kinyarwanda. Not "ጦርነት" (war: speeches) nor "አደጋ" alone (danger, accident) as triggers.
_AM_RW: dict[str, tuple[str, ...]] = {
    "kill": ("ተገደሉ", "ተገድለዋል", "ተገድሏል", "ተገደለ", "ገደሉ", "ገድለዋል", "ገደሏቸው", "ሰዎች ሞቱ", "ሰዎች ሞተዋል",
             "ህይወታቸው አለፈ", "ሕይወታቸው አለፈ", "ህይወታቸውን አጥተዋል", "ጭፍጨፋ", "ግድያ", "ተጨፍጭፈዋል", "ተረሸኑ", "ረሸኑ",
             "bishwe", "yishwe", "barishwe", "baricwa", "bapfuye", "yapfuye", "bahitanywe", "yahitanywe", "bicwa"),
    "abduct": ("ታገቱ", "ታግተዋል", "አገቱ", "እገታ", "bashimuswe", "yashimuswe", "bashimuse"),
    "remote": ("አየር ጥቃት", "ድሮን", "ቦምብ", "ፍንዳታ", "ከባድ መሳሪያ"),
    "battle": ("ውጊያ", "ግጭት", "ተዋጉ", "imirwano", "barwanye"),
    "combatant": ("ወታደር", "ሰራዊት", "ሠራዊት", "ታጣቂ", "ሚሊሻ", "ፋኖ", "ሸኔ", "መከላከያ", "ingabo", "abasirikare",
                  "inyeshyamba", "abarwanyi"),
    "protest": ("ሰልፍ ወጡ", "ተቃውሞ ሰልፍ", "imyigaragambyo"),
    "arrest": ("ታሰሩ", "ታስረዋል", "በቁጥጥር ስር", "bafashwe", "yafashwe", "batawe muri yombi", "yatawe muri yombi"),
    "destroy": ("ተቃጠሉ", "አቃጠሉ", "ወደሙ", "ወድመዋል", "batwitse", "zatwitswe", "byasenywe"),
    "displace": ("ተፈናቀሉ", "ተፈናቅለዋል", "ተፈናቃይ", "bahunze", "bavuye mu byabo"),
    "attack": ("ጥቃት", "ተኩስ", "ቆሰሉ", "ቆስለዋል", "ታጣቂ", "igitero", "ibitero", "yarashwe", "barashwe", "bakomeretse",
               "yakomeretse"),
}
# Italian, Dutch and Polish (session 11), folded like the rest: "è stato ucciso" -> "e stato ucciso", "geëxecuteerd" ->
# "geexecuteerd", "zginęło" -> "zgineło" (Polish "ł" has no accent to drop and stays). Cues are word prefixes in every
# language, so a stem that begins an English word is written whole or as a phrase: not "brand" (Dutch fire, English
# brand) but "in brand gestoken"; not "rann" ("Rann of Kutch") but "ranny$", "rannych"; not "ranil" (Ranil
# Wickremesinghe); not "walk" (Polish "walki", fighting) but "walki$"; not "gwałt" (Polish rape; "gwałtowne" is
# violent) but "gwałt$"; stems the older tables already hold ("assassin", "soldat", "arrest", "bombard", "detenu",
# "combat", "attentat", "incendi", "protest", "demonstrant") are not repeated.
_IT: dict[str, tuple[str, ...]] = {
    "kill": ("uccis", "uccid", "morti$", "e morto$", "e morta$", "sono morte$", "morirono", "perso la vita",
             "persero la vita", "strage", "stragi$", "eccidi", "trucidat", "giustiziat", "freddat", "ammazzat", "linciat",
             "senza vita", "omicidi"),
    "sexual": ("stupr", "violentat", "violenza sessuale", "violenze sessuali"),
    "abduct": ("rapit", "rapiment", "ostagg"),
    "remote": ("raid aere", "attacco aereo", "attacchi aerei", "bombardament", "autobomba", "ordign", "esplos",
               "missili$", "missilistic", "razzi$", "razzo$", "artiglieria", "colpi di mortaio", "attentato suicida",
               "attentatore suicida", "droni$", "mina antiuomo", "mine antiuomo"),
    "battle": ("scontri$", "scontro a fuoco", "imboscat", "battaglia", "conflitto a fuoco", "offensiva"),
    "combatant": ("ribelli", "milizi", "esercito", "truppe", "guerriglier", "insorti", "poliziott", "carabinier"),
    "riot": ("disordini", "linciat", "linciaggi", "tumulti$", "guerriglia urbana", "saccheggi"),
    "protest": ("manifestazion", "hanno manifestato", "hanno protestato", "sono scesi in piazza", "corteo", "cortei$",
                "sciopero", "scioperi$"),
    "arrest": ("in manette", "fermati$", "catturat", "ha fermato", "hanno fermato", "sono stati fermati"),
    "destroy": ("dato alle fiamme", "dati alle fiamme", "date alle fiamme", "data alle fiamme", "distrutt", "saccheggi",
                "rasi al suolo", "raso al suolo", "rase al suolo", "rasa al suolo"),
    "displace": ("sfollat", "sfollament", "fuggit", "costretti a fuggire", "costrette a fuggire", "profughi"),
    "attack": ("attacc", "aggredit", "aggressione", "uomini armati", "ferit", "sparat", "colpi d'arma da fuoco",
               "a colpi di", "accoltellat", "assaltat", "hanno aperto il fuoco", "pestat"),
}
_NL: dict[str, tuple[str, ...]] = {
    "kill": ("gedood", "doodde", "omgekomen", "om het leven", "omgebracht", "vermoord", "doodgeschoten", "doodgestoken",
             "geexecuteerd", "onthoofd", "bloedbad", "slachtpartij", "afgeslacht", "doden$", "dode$", "sneuvelde",
             "gesneuveld", "overleden", "dodental", "dodelijke slachtoffers", "lichamen", "het leven gelaten",
             "lieten het leven", "liet het leven"),
    "sexual": ("verkracht", "seksueel geweld"),
    "abduct": ("ontvoer", "gegijzeld", "gijzel"),
    "remote": ("luchtaanval", "luchtbombardement", "gebombardeerd", "een bom$", "bommen", "bomaanslag", "autobom",
               "bermbom", "ontploff", "ontplofte", "explosie", "raket", "granaat", "beschieting", "mortier",
               "zelfmoordaanslag", "zelfmoordterrorist", "landmijn"),
    "battle": ("gevecht", "vuurgevecht", "schermutseling", "hinderlaag", "offensief", "slag om$", "botsingen tussen"),
    "combatant": ("strijders", "militie", "leger$", "troepen", "opstandelingen", "politieagent"),
    "riot": ("rellen$", "ongeregeldheden", "relschoppers", "gelyncht"),
    "protest": ("demonstratie", "demonstreerden", "betoging", "betogers", "gingen de straat op", "in staking", "staakten"),
    "arrest": ("gearresteerd", "aangehouden", "opgepakt", "in hechtenis", "vastgezet"),
    "destroy": ("in brand gestoken", "in brand gezet", "verwoest", "vernield", "platgebrand",
                "afgebrand", "geplunderd", "plunderden"),
    "displace": ("ontheemd", "gevlucht", "ontvlucht", "op de vlucht", "verdreven"),
    "attack": ("aanval", "aangevallen", "aanslag", "gewapende", "neergeschoten", "neergestoken", "gewond", "verwond",
               "mishandeld", "schietpartij", "het vuur geopend", "openden het vuur", "beschoten"),
}
_PL: dict[str, tuple[str, ...]] = {
    "kill": ("zgin", "zabit", "zabici", "zabił", "zabili", "zabij", "zabic$", "zamordowa", "zastrzel", "ofiar smiertelnych",
             "smierc ponios", "ponioslo smierc", "poniosło smierc", "poniosły smierc", "poniesli smierc", "poniosł smierc",
             "polegl", "poległ", "zmarl", "zmarł", "egzekuc", "masakr", "rzez", "zlinczowa", "lincz", "nie zyj"),
    "sexual": ("zgwałc", "gwałt$", "gwałtu$", "gwałty$", "gwałcon", "przemoc seksualn"),
    "abduct": ("porwa", "uprowadz", "zakładni"),
    "remote": ("nalot", "naloci", "zbombardowa", "ostrzał", "ostrzal", "ostrzel", "rakiet", "pocisk", "wybuch", "eksploz", "artyleri",
               "mozdzierz", "samobojc"),
    "battle": ("starci", "starc$", "walki$", "walkach$", "walkami$", "zasadzk", "zasadzc", "potyczk", "potyczc", "ofensyw", "bitw",
               "wymiana ognia", "wymianie ognia"),
    "combatant": ("zołnierz", "wojsk", "bojowni", "dzihadyst", "milicj", "armii$", "armia$", "bojowk", "terroryst",
                  "policjan"),
    "riot": ("zamieszki$", "zamieszkach$", "zamieszek$", "rozruch", "lincz", "zlinczowa"),
    "protest": ("demonstracj", "demonstrowa", "strajk", "wyszli na ulice"),
    "arrest": ("zatrzymano", "zatrzymani$", "zatrzymanych", "zatrzymany$", "zatrzymana$", "zatrzymali$", "zatrzymała$",
               "zatrzymał$", "areszt"),
    "destroy": ("spalil", "spalił", "spalon", "podpal", "zniszcz", "zrownan", "spladrowa"),
    "displace": ("uciekl", "uciekł", "przesiedl", "wysiedl", "do ucieczki"),
    "attack": ("atak", "zaatakowa", "zamach", "napad", "napastni", "ranny$", "ranni$", "rannych", "rannymi", "ranna$",
               "ranne$", "ranion", "ranił", "postrzel", "strzela", "pobit", "uzbrojen"),
}
# v21: words missing in several languages: rioters and looters (émeutiers, saqueadores), brawls (массовая драка, масова
# бійка, مشاجرة), an attack repelled (repelled, repoussé, repelieron, відбили, отбили) and assaults (штурм) as fighting,
# occupiers (окупанти) as combatants, Ukrainian past forms of "abduct" (викрали), guided aerial bombs (авіабомби), and
# people who left their homes (deixaram as suas casas, dejaron sus hogares, покинуть свои дома)
_MORE: dict[str, tuple[str, ...]] = {
    # v23: a march named as one ("a peaceful march", "staged a march against the law"; "march" alone is the month)
    "protest": ("peaceful march", "protest march", "staged a march", "held a march", "marchers", "march against",
                "marching against", "march in protest", "silent march", "candlelight march", "candle march"),
    "abduct": ("викрали$", "викрала$", "викрав$", "похитили$"),
    "remote": ("авиабомб", "авіабомб"),
    "battle": ("repelled", "repulsed", "repelling", "ont repousse", "a repousse", "repousse une", "repousse l'",
               "repelieron", "repelio", "repeliu", "repeliram", "відбили", "відбито", "отбили", "отбито", "штурм"),
    "combatant": ("окупант", "оккупант"),
    # v23: stones thrown (sw, ha, id): "waandamanaji walirusha mawe", "sun jefi 'yan sanda da duwatsu", "melempar batu"
    "riot": ("walirusha mawe", "wakirusha mawe", "kurusha mawe", "wamerusha mawe", "da duwatsu", "jifa da duwatsu",
             "melempar batu", "lempar batu", "pelemparan batu", "dilempari batu", "rioters", "looters", "emeutier", "saqueadores", "arruaceiros", "массовая драка", "массовую драку",
             "массовой драки", "массовые драки", "масова бійка", "масову бійку", "масовоі бійки", "مشاجرة", "شجار"),
    "displace": ("left their homes", "abandoned their homes", "forced from their homes", "deixaram as suas casas",
                 "deixaram suas casas", "abandonaram as suas casas", "abandonaram suas casas", "dejaron sus casas",
                 "dejaron sus hogares", "abandonaron sus casas", "abandonaron sus hogares", "ont quitte leurs maisons",
                 "ont abandonne leurs maisons", "ont quitte leurs foyers", "покинуть свои дома", "покинули свои дома",
                 "покинуть свои жилища", "покинули свои жилища", "залишити своі домівки", "залишили своі домівки",
                 "покинули своі домівки", "покинути своі домівки"),
}
# session 16: constructions missed on dev sets 8 and 10, in every language where they are common
_S16: dict[str, tuple[str, ...]] = {
    # combatants "neutralised" (army communiqués: en, fr, es, pt, tr), Turkish "N kişi öldü" (folded "kisi oldu":
    # "oldu" alone is also "became")
    "kill": ("were neutralised", "were neutralized", "been neutralised", "been neutralized", "ont ete neutralises",
             "avoir neutralise", "a neutralise", "ont neutralise", "fueron neutralizados", "neutralizaron a",
             "foram neutralizados", "neutralizaram", "etkisiz hale getirildi", "etkisiz hale getirdi", "kisi oldu",
             "kisi daha oldu"),
    "riot": ("pelted", "randalier", "stone-throwing", "stone throwing", "reyerta", "vurugu", "tasladı", "taslandı",
             "jeunes en colere", "manifestants en colere", "youths went on the rampage", "went on the rampage"),
    # peaceful marches named as such (pt, es, fr, it, tr, sw); "sfilato" alone is also a fashion show
    "protest": ("marcha pacifica", "marchas pacificas", "marcha de protesto", "fizeram uma marcha",
                "realizaram uma marcha", "marche pacifique", "sfilato pacificamente", "hanno sfilato contro",
                "sfilato in corteo", "yuruyus duzenle", "eylem duzenle", "oturma eylemi", "waliandamana",
                "wameandamana", "wakiandamana"),
    # an exchange of fire (pt, es, fr)
    "battle": ("sono scontrat", "si sono scontrat", "trocaram tiros", "intercambiaron disparos", "ont echange des tirs", "se sont affrontes"),
    "combatant": ("peacekeep", "casques bleus", "cascos azules", "capacetes azuis", "военных", "військових",
                  "військовослужбов", "полицейск", "поліцейськ", "عناصر الحشد", "الحشد الشعبي"),
    "destroy": ("plunderten", "geplundert", "koyleri yaktı", "evleri yaktı", "evlerini yaktı", "yakıldı"),
    # people made to flee ("ont fait fuir 20 000 habitants"), evacuated because of shelling, made to leave their land
    "displace": ("fait fuir", "goc etti", "goc etmek", "a abandonar sus", "abandonner leurs", "a abandonar suas",
                 "евакуювал", "эвакуировал"),
    "abduct": ("потребовали выкуп", "потребували викуп", "exigieron un rescate", "ont exige une rancon",
               "exigiram resgate", "demanded a ransom"),
    # a shell, an improvised mine (ru, uk, fr)
    "remote": ("снаряд", "mine artisanale", "engin explosif improvise", "a saute sur une mine",
               # guided aerial bombs (uk "КАБ"), suicide bombers (ru, uk, sw), land mines (pt), military jets, Hindi
               # drones (session 16b)
               "кабами", "каби$", "кабом", "удар каб", "смертник", "подорвал себя", "підірвав себе", "kujitoa mhanga",
               "alijilipua", "walijilipua", "mina terrestre", "minas terrestres", "military jets", "ड्रोन",
               "misseis", "dron con explosivos"),
}
# session 16b: dev sets 11 and 12 (local outlets in tr, id, sw, hi, ar, uk, ru, pt; communiqués, live blogs)
_S16B: dict[str, tuple[str, ...]] = {
    "kill": ("memenggal", "dipenggal", "kuua$", "aliuawa kwa risasi", "ultimad", "ultimaron"),
    "sexual": ("насиловал", "tecavuz", "memerkosa", "diperkosa"),
    "abduct": ("raptam", "rapta$", "secuestran", "يختطف", "تختطف", "يخطف", "como rehenes", "como rehen", "tomados como rehenes", "wamemteka nyara", "amemteka nyara", "alimteka nyara", "walimteka", "wamewateka", "snatched by",
               "were snatched", "was snatched"),
    "battle": ("trocam tiros", "intercambian disparos", "s'affrontent", "affrontent", "se enfrentan", "se enfrentam",
               "walikabiliana", "wamekabiliana", "зіткнулис", "столкнулис", "heurts", "la riposte", "ont riposte",
               "a riposte"),
    "riot": ("moradores revoltados", "populares revoltados", "kuwarushia", "waliwarushia", "kwa mawe", "kalabalık grup", "toplanan grup", "ofkeli kalabalık", "ofkeli grup"),
    # headlines in the present tense (session 16c): "Thousands march peacefully", "des milliers défilent", "marchan",
    # "marcham"
    "protest": ("march peacefully", "thousands march", "hundreds march", "defilent", "manifestent", "marchan en",
                "marchan por", "marcham em", "marcham por", "marcham contra", "protestam", "scese in piazza", "scesi in piazza", "акция прошла", "акція пройшла", "wamegoma", "waligoma", "mgomo", "мирная акци", "мирна акці", "акція на підтримку",
                "акция в поддержку", "мирное шестви", "мирне шестя", "шествие", "تظاهر", "تظاهرة",
                "مظاهرة", "وقفة احتجاجية", "ato pacifico", "fazem ato", "fizeram ato", "drove their tractors",
                "tractor protest", "oturma eylemi basla"),
    "arrest": ("detem$", "detienen", "detiene a", "arretent", "interpellent", "limewakamata", "wamewakamata", "prende$", "prendem$", "prenderam", "presos em operacao"),
    "destroy": ("ateia fogo", "atearam fogo", "ateou fogo", "احراق", "إحراق", "yaliporwa", "yameporwa", "incendiados", "saqueadas", "saqueados"),
    "displace": ("fuient", "huyen de", "فرار", "бежали из", "a abandonar as suas casas", "zimekimbia", "wamekimbia", "walikimbia", "вывезен", "вивезен", "fogem", "fugiram de"),
}
# session 17: enforced disappearances ("has not been seen since police officers took him"), executions by hooded
# men (pt, es), bodies found (ar), Polish neuter past ("KGB zatrzymało"), sniper fire (tr)
_S17: dict[str, tuple[str, ...]] = {
    "abduct": ("has not been seen since", "have not been seen since", "hasn't been seen since",
               "haven't been seen since", "has not been heard from since", "whereabouts remain unknown",
               "whereabouts are unknown", "n'a pas ete revu", "n'a plus ete revu", "n'ont pas ete revus",
               "no ha sido visto desde", "no se sabe de su paradero", "paradero desconocido", "nao foi mais visto",
               "nao foi visto desde", "paradeiro desconhecido", "desaparecimento forcado", "desaparicion forzada",
               "disparition forcee"),  # (English "enforced disappearance" is in the base list)
    "kill": ("executaram", "executou a", "executou o", "executou um", "executou uma", "ejecutaron a", "ejecuto a",
             "عثر على جثث", "العثور على جثث", "عثر على جثة", "العثور على جثة", "انتشال جثث",
             "hadi kufa"),  # (session 17b) a mob that beat someone to death (sw)
    "arrest": ("zatrzymało$", "zatrzymały$", "capturo a", "capturaron a", "capturó a"),
    "attack": ("keskin nisancı",),
    # bombs dropped from aircraft (id), landmines (tr), shells that landed (en)
    "remote": ("guruneti", "gruneti", "menjatuhkan bom", "bom dari pesawat", "dijatuhi bom", "kara mayını", "mayın patla", "mayına bas",
               "el yapımı patlayıcı", "shells slammed", "shells landed", "shells struck", "shells fell"),
    # (session 17b) rapes (pt "violentaram"); grenades (sw) and captures (es) are with "remote" and "arrest" above
    "sexual": ("violentaram", "violentou", "violentada", "violentadas", "foram violentadas", "foi violentada"),
    # people who left their homes because of attacks (es, it, fr, pt, de)
    "displace": ("abandonado sus comunidades", "abandonaron sus comunidades", "abandonado sus hogares",
                 "abandonaron sus hogares", "abandonado sus viviendas", "abandonaron sus viviendas",
                 "lasciato le loro case", "lasciato le proprie case", "abbandonato le loro case",
                 "ont quitte leurs maisons", "ont abandonne leurs maisons", "ont quitte leurs villages",
                 "deixaram suas casas", "abandonaram suas casas", "deixaram as suas casas", "ihre hauser verlassen",
                 "ihre häuser verlassen", "ihre dorfer verlassen", "ihre dörfer verlassen"),
    # street battles with the police (de); a crowd that smashed or stoned (ru, uk)
    "riot": ("straßenschlacht", "strassenschlacht", "громила", "громили", "разгромил", "розгромил", "забросал",
             "закидал", "закидали", "umati wa watu wenye hasira", "wenye hasira"),
    "destroy": ("подожгл", "подпалил", "підпалил"),
}
# Turkish, written folded (ş -> s, ç -> c, ğ -> g, ö -> o, ü -> u; dotless ı stays): phrases or word ends where a stem
# is a word or a name elsewhere ("havan" starts Havana, "linc" Lincoln, "asker" is English)
_TR: dict[str, tuple[str, ...]] = {
    "kill": ("olduruldu", "oldurdu", "oldurulen", "olduruldugu", "hayatını kaybetti", "hayatını kaybeden",
             "hayatını kaybettig", "sehit oldu", "sehit dustu", "sehit edildi", "can verdi", "olu$", "katliam",
             "idam edildi", "linc edildi", "linc etti"),
    "abduct": ("kacırıldı", "kacırdı", "kacırılan", "rehin"),
    "remote": ("bomba yuklu", "bombalı", "hava saldırı", "hava harekatı", "fuze$", "fuzeler", "roket", "havan topu",
               "havan mermi", "iha$", "siha$", "patlama", "patlayıcı", "intihar saldırı", "bombardıman"),
    "battle": ("catısma", "catıstı", "sıcak temas", "pusu$", "pusuya", "muharebe"),
    "combatant": ("asker$", "askerler", "askerimiz", "terorist", "militan", "pkk", "jandarma", "polis memuru"),
    "riot": ("arbede", "yagmala", "linc edildi", "linc etti", "linc girisim"),
    "protest": ("protesto", "gosteri", "miting"),
    "arrest": ("gozaltına", "gozaltı", "tutuklandı", "tutuklanan", "tutukladı", "yakalandı"),
    "destroy": ("atese verdi", "atese verildi", "kundakla", "tahrip"),
    "displace": ("goc etmek zorunda", "evlerini terk", "yerinden edil", "kacmak zorunda"),
    "attack": ("saldırı", "saldırdı", "saldırgan", "silahlı", "ates actı", "kursunla", "bıcakla", "yaralandı",
               "yaralı", "biber gazı", "tazyikli su", "plastik mermi"),
}
_CUES = {key: words + _RU_UK.get(key, ()) + _SW_HA.get(key, ()) + _DE.get(key, ()) + _AM_RW.get(key, ())
         + _IT.get(key, ()) + _NL.get(key, ()) + _PL.get(key, ()) + _MORE.get(key, ()) + _TR.get(key, ())
         + _S16.get(key, ()) + _S16B.get(key, ()) + _S17.get(key, ())
         for key, words in _CUES.items()}

_NON_EVENT: dict[str, tuple[str, ...]] = {
    "accident": ("short circuit", "short-circuit", "court-circuit", "cortocircuito", "curto-circuito", "electrical",
                 "коротке замикання", "короткого замикання", "короткое замыкание", "короткого замыкания",
                 "разбился самолет", "самолет разбился", "разбился", "перекинув", "перевернул", "кювет", "rem blong",
                 "masuk jurang", "terguling", "desabou", "desabamento", "zusammenstoß zweier", "zusammenstoss zweier",
                 "regionalzug", "zugungluck", "plunges into", "plunged into a gorge", "into a gorge", "choque de buses",
                 "choque entre un bus", "تصادم قطار", "تصادم سيار", "حادث تصادم", "cayo a un abismo", "abismo", "barranco", "mgodi", "uliporomoka", "kuporomoka",
                 "पटरी से उतर", "आपस में टकरा", "से टकराकर", "टकरा गए", "कोहरे",
                 "крушени", "авиакатастроф", "авіакатастроф", "ajali", "hatsari", "hadarin mota", "дтп", "авари", "столкнул", "зіткнув", "crash", "collision", "collided", "accident", "capsiz", "derail", "collapse", "stampede", "crush at", "crush during", "bousculade", "estampida", "massive fire", "container depot",
                 "chemical plant", "warehouse fire", "бытового газа", "взрыва газа", "drown",
                 "electrocut", "gas explosion", "boiler", "fire broke out", "caught fire", "sank", "coal mine",
                 "gold mine", "mining", "miners", "gas leak", "factory fire", "un incendie", "l'incendie",
                 "un incendio", "el incendio", "um incendio", "o incendio", "autocarro", "onibus", "autobus",
                 "ravina", "despenh", "accidente de trafico", "حادث سير", "حادث مروري",
                 "effondrement", "naufrage", "chavir", "accidente", "naufragio", "derrumbe", "acidente",
                 "naufragio", "desabamento", "حادث", "انهيار", "غرق", "plunged into a", "plunged off", "into a ravine",
                 "into a gorge", "explosion de gaz", "fuite de gaz", "pipa de gas", "explosion de gas", "fuga de gas",
                 "cilindro de gas", "tanque de gas", "explosao de gas", "vazamento de gas", "botijao", "أنبوب غاز",
                 "انبوب غاز", "تسرب غاز", "اسطوانة غاز", "أسطوانة غاز", "tanker", "fuel truck", "truck carrying fuel", "overturned and", "overturned on", "overturned in", "overturned near", "hit a tree", "veered", "head-on", "road accident", "traffic accident", "gas cylinder", "cylinder exploded", "unfall", "ungluck", "absturz", "abgesturzt", "የመኪና አደጋ", "የትራፊክ አደጋ", "የእሳት አደጋ",
                 "impanuka", "busungluck", "zugungluck",
                 "grubenungluck", "schiffsungluck", "bergungluck", "verkehrsunfall", "autounfall", "busunfall",
                 "flugzeugabsturz", "hubschrauberabsturz", "brandkatastrophe", "explosionsungluck", "einem brand",
                 "ein brand", "grossbrand", "großbrand", "feuer brach",
                 "entgleist", "eingesturzt", "ertrunken", "kenterte", "gekentert",
                 "heatstroke", "heat stroke", "training exercise", "training accident", "fire service", "firefighters",

                 "fire at a",
                 "fire at the", "fire in a", "fire in the", "blaze", "fire tore through", "fire ripped through",
                 "fire swept through", "fire broke out", "caught fire", "factory fire",
                 # Russian mine and gas accidents, Arabic fires and oxygen cylinders (a hospital fire)
                 "шахта$", "шахте$", "шахты$", "шахту$", "взрыв метана", "взрыв газа", "утечк газа", "дтп", "авари", "اندلع حريق", "اندلاع حريق",
                 "أكسجين", "اكسجين"),
    "disaster": ("rompimento da barragem", "rompimento de barragem", "temporais", "tempestade", "лесных пожар", "лесные пожар", "лесной пожар", "лесного пожар",
                 "лесном пожар", "лісових пожеж", "лісова пожеж", "лісовоі пожеж", "mafuriko", "tetemeko la ardhi", "maporomoko", "ambaliya", "girgizar kasa", "землетрясен",
                 "землетрус", "наводнен", "паводк", "повін", "паводок", "ураган", "лесн пожар", "earthquake",
                 "quake", "flood", "landslide", "mudslide", "cyclone", "hurricane", "typhoon",
                 "tsunami", "storm$", "storms$", "drought", "heatwave", "heat wave", "wildfire", "volcan", "lightning",
                 "avalanche", "famine", "seisme", "tremblement de terre", "inondation", "glissement de terrain",
                 "ouragan", "terremoto", "sismo", "inundacion", "deslave", "ጎርፍ", "የመሬት መንሸራተት", "የመሬት መንቀጥቀጥ", "ድርቅ",
                 "inkangu", "imyuzure", "umutingito", "erdbeben", "uberschwemmung", "hochwasser",
                 "erdrutsch", "wirbelsturm", "durre", "hitzewelle", "waldbrand", "lawine", "unwetter", "starkregen", "deslizamiento", "aluvion", "huracan", "enchente", "inundacao",
                 "deslizamento", "ciclone", "furacao", "tufao", "incendios florestais",
                 "incendio florestal", "incendios forestales", "incendio forestal", "feux de foret",
                 "incendie de foret", "лесные пожары", "лесного пожара", "лісові пожежі", "زلزال", "فيضان", "إعصار", "اعصار", "heavy rain", "torrential", "downpour",
                 "chuvas", "um temporal", "o temporal", "el temporal", "forte temporal", "fuerte temporal", "tempestade", "lluvias", "tormenta", "sequia", "pluies", "intemperies",
                 "tempete", "secheresse", "أمطار", "امطار", "سيول", "عاصفة"),
    "disease": ("ኮሌራ", "በሽታ", "ወረርሽኝ", "grippe", "epidemie", "pandemie", "seuche", "krankheit", "ugonjwa", "kipindupindu", "kwalara", "zazzabin", "болезн", "хвороб", "вирус", "вірус", "эпидеми", "епідемі", "cardiac arrest", "heart attack", "panic attack", "asthma attack", "arret cardiaque", "plague",
                "black death", "influenza", "peste", "cholera", "malaria", "ebola", "covid", "coronavirus", "outbreak", "epidemic", "pandemic",
                "measles", "disease", "dengue", "mpox", "tuberculosis", "cancer", "overdose", "colera",
                "epidemie", "epidemia", "paludisme", "paludismo", "rougeole", "sarampion", "sarampo", "sida",
                "maladie", "enfermedad", "doenca", "virus", "hiv/aids", "grippe", "gripe", "انفلونزا", "إنفلونزا", "ملاريا", "الحصبة", "مرض", "كوليرا", "وباء"),
    "metaphor": ("goleada", "goleia", "massacro sportivo", "avversario", "in tre set", "in due set", "mabao", "dabi$", "imeichapa", "ligi kuu", "bundesliga", "mannschaft", "torwart", "spieltag", "матч", "футбол", "сборн", "збірн", "чемпионат", "чемпіонат", "killed it", "killed off", "killing it", "in committee", "the bill", "killed the deal", "killed the proposal", "the competition", "sales", "box office",
                 "shares", "stock market", "stocks", "title hopes", "football", "match", "league", "tournament", "championship",
                 "goal", "season", "opponent", "scoreboard", "the polls", "smartphone", "phone", "ratings",
                 "bombed at", "torpedoed the", "shot down the proposal", "killer app", "killer feature",
                 "governing body", "student body", "body of evidence", "body of work", "body of law",
                 "debate", "touchdown", "quarterback", "innings", "playoff", "striker", "halftime", "scored",
                 "coach", "nba", "nfl", "ventes", "equipe", "finale", "adversaire", "victoire", "equipo", "equipo rival",
                 "clasico", "goles", "gols", "campeao", "torcida", "hinchas", "partido de futbol", "partido ante", "partido contra", "partido amistoso",
                 "partido de ida", "partido de vuelta", "futbol", "campeonato", "jogo", "mercado",
                 # a derby, a final, a title race, a scoreline in words: "a bloodbath in the derby", "the two clubs
                 # will battle for the title", "destroyed Nadal in the final in straight sets" (session 14)
                 "the derby$", "a derby$", "derby match", "derby day", "super bowl", "world cup", "cup final",
                 "the finals$", "final whistle", "won the final", "lost the final", "reached the final", "in the final against",
                 "semi-final", "semifinal", "quarter-final", "quarterfinal",
                 "straight sets", "grand slam", "title race", "for the title", "hat-trick", "hat trick", "penalty shootout",
                 "home side", "away side", "home team", "away team", "clean sheet", "stoppage time",
                 "le derby", "du derby", "championnat", "coupe du monde", "pour le titre", "tirs au but",
                 "el derbi", "del derbi", "goleada", "golearon", "goleo", "copa del mundo", "por el titulo", "marcador",
                 "o derbi", "o derby", "no derbi", "placar$", "brasileirao", "copa do mundo", "pelo titulo",
                 "nel derby", "il derby", "derby d'italia", "gol$", "coppa", "in trasferta", "padroni di casa",
                 "im derby", "das derby", "topspiel", "tabellenfuhrer", "endspiel", "elfmeter", "halbzeit", "pokal",
                 "дерби", "счетом", "з рахунком", "ворота суперника", "финал", "кубок", "гол$", "голы", "премьер-лиг",
                 "الديربي", "ديربي", "مباراة", "الدوري", "كأس العالم", "نهائي الكأس"),
    "fiction": ("film", "movie", "novel", "game", "gameplay", "player", "console", "enemies", "enemy faction", "tv series", "episode", "thriller", "video game", "character",
                "screenplay", "trailer", "premiere", "netflix", "documentary", "sitcom", "stage play",
                "roman ", "pelicula", "novela", "filme", "serie de television"),
    "commemoration": ("anma toren", "yıl donum", "inaadhimisha", "wanaadhimisha", "ricorda la strage", "ricordato", "iliadhimisha", "kuadhimisha", "maadhimisho", "kumbukumbu ya", "gedenk", "jahrestag", "anniversary", "commemorat", "memorial", "years since", "years after", "years ago",
                      # v21: a memory honoured (ru, uk, es, pt, fr): "почтили память жертв теракта", "recordó el atentado"
                      "почтили память", "почтить память", "почтят память", "минутой молчания", "вшанували пам",
                      "вшанувати пам", "вшанують пам", "хвилиною мовчання", "recordo el atentado",
                      "recordaron el atentado", "recordo la masacre", "recordaron la masacre", "recordo a las victimas",
                      "recordaron a las victimas", "relembrou o atentado", "relembraram o atentado", "relembrou as vitimas",
                      "relembraram as vitimas", "rendu hommage", "rend hommage", "rendre hommage",
                      "decades", "remember", "tribute", "genocide museum", "wreath", "anniversaire",
                      "commemor", "aniversario", "conmemor", "homenaje", "homenagem", "ذكرى",
                      "في مثل هذا اليوم", "قبل سنوات", "il y a vingt ans", "il y a dix ans", "ans apres",
                      "hace anos", "anos despues", "anos depois"),
    "statistics": ("annual report", "conflict-related deaths", "researchers recorded", "murder rate", "homicide rate", "per 100,000", "per 100 000", "annual number", "number of murders",
                   "number of homicides", "murders per", "homicides per", "tasa de homicidios", "taux d'homicide",
                   "taxa de homicidio", "statistics", "estadisticas", "statistiques"),
    # an arrest for an ordinary offence is no political violence or repression (ACLED's "arrests")
    "petty_crime": ("drunk driving", "drink driving", "drink-driving", "drunk-driving", "speeding", "shoplifting",
                    "traffic offence", "traffic violation", "pickpocket"),
    "seizure": ("recovered from", "were recovered", "was recovered", "seized", "cache of", "arms haul",
                "weapons were found", "found numerous weapons", "decomis", "incautad", "saisi", "apreendid"),
    # weapons fired in tests, drills and demonstrations: "the drone hit its target during the test", "North Korea
    # test-fired a missile" (no armed actor named; "militants attacked troops during an exercise" stays)
    "exercise": ("counter-terrorism drill", "part of a drill", "part of an exercise", "truppenubungsplatz",
                 "die ubung", "probten", "military exercise", "military drill", "live-fire", "war games", "wargame", "weapons test",
                 "missile test", "test-fired", "test fired", "test launch", "test flight", "during a test",
                 "during the test", "product demo", "demonstration flight", "учения", "учений", "учениях",
                 "навчання", "испытани", "випробуванн", "exercice militaire", "ejercicio militar", "exercicio militar",
                 "manover", "manöver",
                 # naval, air and joint drills and their words in fr/es/pt/it/de/ru/ar (session 14): "China launched naval
                 # drills near Taiwan, firing missiles into the sea", "exercices navals", "ejercicios militares", "морские
                 # учения" (учения above), "مناورات بحرية"
                 "naval drill", "naval exercise", "naval maneuver", "naval manoeuvre", "air drill", "air exercise",
                 "air force drill", "air force exercise", "joint drill", "joint exercise", "joint military drill",
                 "joint military exercise", "amphibious drill", "amphibious exercise", "combat drill", "missile drill",
                 "artillery drill", "firing drill", "war drill", "military maneuver", "military manoeuvre",
                 "live fire drill", "live fire exercise", "drills at sea", "exercise at sea", "exercises at sea",
                 "exercices navals", "exercice naval", "exercices militaires", "exercices conjoints", "exercice conjoint",
                 "exercices aeriens", "exercices de tir", "manoeuvres navales", "manoeuvres militaires",
                 "ejercicios navales", "ejercicio naval", "ejercicios militares", "ejercicios conjuntos",
                 "ejercicio conjunto", "maniobras navales", "maniobras militares", "exercicios navais", "exercicio naval",
                 "exercicios militares", "exercicios conjuntos", "manobras navais", "manobras militares", "esercitazion",
                 "seemanover", "marinemanover", "militarmanover", "militarubung", "marineubung", "маневр",
                 "مناورات بحرية", "مناورات عسكرية", "مناورات مشتركة", "تدريبات عسكرية", "تمرين عسكري", "تمارين عسكرية"),
    # mourning a death, not the death: "thousands attended the funeral of the slain journalist" (an attack on
    # mourners names its attacker, and then stays an event)
    "funeral": ("attended the funeral", "attend the funeral", "attending the funeral", "attended funerals",
                "funeral procession", "laid to rest", "paid tribute", "pay tribute", "paid their respects",
                "pay their respects", "obseques", "funerales", "funeral de", "funeral of"),
    "cyber": ("hacker", "hacked into", "was hacked", "were hacked", "been hacked", "hacked the", "hacked its",
              "hacked accounts", "twitter account", "facebook account", "social media account", "email account",
              "servers", "computer system", "cyber", "website", "ddos", "ransomware", "malware", "defac", "phishing",
              "data breach", "pirates informatiques", "ciberataque", "قراصنة"),
}
# Italian, Dutch and Polish non-event words (session 11). Phrases where a word alone is also a violence word or an
# English word: "incidente stradale" (Spanish "incidente" is any incident), "een brand$" (English "brand"), "katastrofa
# lotnicza" ("katastrofa humanitarna" is a war's), "powodzi$" (Polish "powodzenia" is good luck), "bombola" (a gas
# cylinder, which begins with "bomb"), "bomba d'acqua" (a cloudburst), "squadra" left out ("squadra mobile" is a
# police unit), "in classifica" (English "classification").
_NON_EVENT_IT_NL_PL: dict[str, tuple[str, ...]] = {
    "accident": ("incidente stradale", "incidente automobilistic", "incidente ferroviari", "incidente aereo",
                 "incidente sul lavoro", "incidente in montagna", "scontro frontale", "schiantat", "crollo", "crollat",
                 "annegat", "fuga di gas", "bombola", "ribaltat", "precipitato$", "precipitata$", "deragliat",
                 "tamponament", "investito da", "investita da", "l'incendio", "nell'incendio", "un rogo",
                 "omicidio stradale", "vloog in brand", "geriet in brand", "raakte in brand",
                 "verkeersongeluk", "ongeluk", "ongeval", "aanrijding", "verongelukt", "verdronk", "verdronken",
                 "ingestort", "instorting", "een brand$", "de brand$", "grote brand", "neergestort", "ontspoord",
                 "gasexplosie", "gaslek", "gekapseisd", "kapseisd",
                 "wypadek", "wypadk", "katastrofa lotnicz", "katastrofie lotnicz", "katastrofy lotnicz",
                 "katastrofa kolejow", "katastrofie kolejow", "katastrofa autobus", "katastrofie autobus", "zderzen",
                 "zawalil", "zawalił", "utonał", "utone", "pozar", "wybuch gazu", "ulatniaj", "runał", "wykolei"),
    "disaster": ("alluvion", "inondazion", "sisma$", "frana$", "frane$", "uragano", "maltempo", "nubifragi", "siccita",
                 "ondata di calore", "incendio boschivo", "incendi boschivi", "eruzione", "tromba d'aria",
                 "bomba d'acqua", "valanga", "esondazion", "esondat",
                 "overstroming", "aardbeving", "aardverschuiving", "orkaan", "droogte", "hittegolf", "bosbrand",
                 "noodweer", "vulkaan",
                 "powodz$", "powodzi$", "powodziach", "powodzia$", "trzesieni", "osuwisk", "huragan", "burza$",
                 "burzy$", "burze$", "susza$", "suszy$", "upał", "lawin", "wulkan", "ulew", "nawałnic"),
    "disease": ("morbillo", "malatti", "infarto", "tumore", "arresto cardiaco", "attacco di cuore",
                "attacco cardiaco", "attacco di panico", "attacco d'asma", "paniekaanval", "astma-aanval", "atak serca",
                "atak paniki", "atak astmy",
                "mazelen", "ziekte", "hartaanval", "hartstilstand", "uitbraak",
                "cholery", "epidemii", "chorob", "zawał serca", "gryp", "gruzlic"),
    "metaphor": ("partita", "campionat", "attaccant", "calcio", "scudetto", "in classifica", "allenatore", "serie a$", "vendite",
                 "wedstrijd", "klassieker", "eredivisie", "doelpunt", "elftal", "voetbal", "competitie", "kampioen", "aandelen", "beurs",
                 "mecz", "ligow", "ekstraklas", "bramk", "druzyn", "piłkarz", "giełd"),
    "fiction": ("romanzo", "videogioco", "serie tv", "personaggio", "videospel", "speelfilm", "personage$",
                "powiesc", "gra komputerow", "gry komputerow", "gra wideo", "gry wideo", "fabuł"),
    "commemoration": ("anniversario", "anniversari$", "in ricordo", "in memoria", "giornata della memoria", "anni fa$",
                      "herdenk", "herdacht", "jaar geleden", "dodenherdenking", "rocznic", "upamietni", "lat temu",
                      "obchody", "hołd", "ku czci", "pamieci ofiar", "corteo funebre", "cortei funebri"),
    "cyber": ("attacco hacker", "attacchi hacker", "attacco informatic", "attacchi informatic", "atak hakersk",
              "ataki hakersk"),
}
# Turkish accidents and disasters (folded): "deprem" earthquake, "kaza" accident ("kaza" alone starts Kazan), "göçük" a
# mine collapse
_NON_EVENT_TR: dict[str, tuple[str, ...]] = {
    "accident": ("kaza$", "kazası", "kazada", "kazasında", "trafik kaza", "devrildi", "carpıstı", "yangın cıktı", "maden ocag", "gocuk", "gaz sızıntı",
                 "dogalgaz patlama", "tup patlama"),
    "disaster": ("deprem", "sel felaket", "sel baskın", "heyelan", "orman yangın", "cıg dustu"),
}
# session 15b: parades, gas-laden lorries, vans that overturned, buses that hit trucks (ru, uk), TV series about
# cartels, mourning ceremonies (ru, uk)
_NON_EVENT_15B: dict[str, tuple[str, ...]] = {
    "accident": ("gas-laden", "gas laden", "fuel-laden", "fuel laden", "lpg tanker", "gas tanker", "gas cylinder",
                 "al volcar", "volco$", "volcaron", "volcamento", "capotou", "capotamento", "se renverser",
                 "s'est renverse", "автобуса с грузовиком", "автобуса с легковым", "автобусом", "с грузовиком",
                 "микроавтобус", "мікроавтобус", "з вантажівкою", "вантажівки", "автобуса з"),
    "exercise": ("military parade", "victory day parade", "republic day parade", "national day parade", "parade ground",
                 "defile militaire", "defile du 14 juillet", "desfile militar", "desfile civico-militar",
                 "militarparade", "военный парад", "парад победы", "парад на красной", "військовий парад",
                 "استعراض عسكري", "عرض عسكري", "गणतंतर दिवस परेड", "परेड"),
    # not "la serie de ataques", "une série d'attaques", "a series of shootings"
    "fiction": ("im neuen tatort", "im tatort", "serie policial", "retrata", "nueva temporada", "capitulos", "el guion", "la telenovela", "narcoserie", "serie de tv",
                "serie televis", "nova temporada", "a novela", "телесериал", "сериал", "серіал"),
    "commemoration": ("траурн", "в память о", "памяти жертв", "пам'яті жертв", "пам'ять жертв", "жалобн"),
}
# session 17: helicopter hard landings (ru, uk), a bus that veered off the road (es "despiste"), Dutch compounds of
# "ongeluk", series and films (es, hi), joint exercises (hi)
_NON_EVENT_17: dict[str, tuple[str, ...]] = {
    "accident": ("lost control of", "plunged into a river", "plunged into the river", "plunged into a gorge",
                 "plunged off", "bus plunged", "truck plunged", "vehicle plunged", "veered off", "skidded off",
                 "a fire that started", "the fire spread", "fire spread through", "electrical fault",
                 "faulty wiring", "жесткую посадку", "жесткой посадки", "жорстку посадку", "жорсткої посадки", "авиакатастроф",
                 "авіакатастроф", "крушение вертолета", "крушение самолета", "el despiste", "un despiste",
                 "despiste de", "treinongeluk", "busongeluk", "auto-ongeluk", "vliegtuigongeluk", "verkeersongeval"),
    "fiction": ("la nueva serie", "la serie narra", "serie narra", "ficticio", "ficticia", "ficticios", "ficticias",
                "फिल्म", "बॉक्स ऑफिस", "वेब सीरीज", "वेब सीरीज़"),
    "exercise": ("सैन्य अभ्यास", "युद्ध अभ्यास", "संयुक्त अभ्यास", "फायरिंग रेंज"),
}
_NON_EVENT = {reason: words + _NON_EVENT_IT_NL_PL.get(reason, ()) + _NON_EVENT_TR.get(reason, ())
              + _NON_EVENT_15B.get(reason, ()) + _NON_EVENT_17.get(reason, ()) for reason, words in _NON_EVENT.items()}
# what a drug or weapons bust seizes: arrests made with it stay a seizure, no political arrest ("arrested five suspects
# and seized 500 kilos of marijuana"); people detained while boats or vehicles were seized are arrested ("detained 14
# fishermen ... and seized two trawlers") (session 17)
_CONTRABAND = ("drug", "cocaine", "marijuana", "narcotic", "heroin", "methamphetamine", "fentanyl", "cannabis",
               "hashish", "kilos", "kilograms", "tons of", "tonnes of", "contraband", "smuggl", "capsules", "cash",
               "counterfeit", "product", "cargo", "goods", "merchandise", "ivory", "teeth", "timber", "fuel", "gold",
               "mercancia", "mercadoria", "weapon", "arms", "rifle", "pistol", "ammunition", "explosive", "grenade", "droga",
               "cocaina", "marihuana", "maconha", "drogue", "stupefiant", "armas", "armes", "municion", "municao")
# an arms deal or purchase, no use of the weapons: "signed a $1.2 billion contract for 24 attack helicopters"
_ARMS_DEAL = ("contract for", "arms deal", "weapons deal", "arms sale", "weapons sale", "arms purchase",
              "purchase of", "deliveries due", "deliveries are due", "contrat pour", "contrat d'armement",
              "vente d'armes", "contrato para", "venta de armas", "venda de armas", "contratto per", "vendita di armi",
              "rustungsgeschaft", "waffenlieferung", "контракт на", "закупк", "поставк", "صفقة", "صفقات",
              "kontrak pembelian", "silah alım", "मिसाइल सौदा", "रक्षा सौदा")
_WOUNDED = ("injur", "wound", "blesse", "herid", "ferid", "ranen", "ранен", "поранен", "جرح", "اصاب", "إصاب")
# Violence by people: lets an accident/disaster/disease word co-occur with a real attack.
_ACTORS = ("faccao", "faccoes", "encapuzados", "encapuchados", "gunmen", "gunman", "militant", "jihadist", "rebel", "attacker", "assailant", "soldier", "troops",
           "police", "militia", "armed men", "armed group", "insurgent", "terrorist", "security forces", "mob ",
           "hommes armes", "hombres armados", "homens armados", "مسلح", "إرهاب", "ارهاب", "terroris",
           "assaillant", "djihadist", "soldats", "militaires", "policiers", "sicarios", "pistoleros",
           "военн", "боевик", "бойовик", "військов", "солдат", "армия", "армія", "полиц", "поліц",
           "uomini armati", "milizian", "ribelli", "soldati", "polizia", "carabinier", "gewapende", "militie",
           "soldaten", "politie", "uzbrojen", "napastni", "bojowni", "bojowk", "terroryst", "dzihadyst", "zołnierz",
           "wojsk", "policj", "bandyci")
_INTENT = _ACTORS + ("assassin", "hitmen", "hitman", "sicario", "shot", "bomb", "airstrike", "drone", "shelling", "massacr", "stabb", "arson",
                     "opened fire", "open fire", "fired at", "fired on", "set fire", "set ablaze", "torched",
                     "exchange of fire", "exchanges of fire", "gunfire", "crossfire", "firefight$", "firefights$", "fire fight",
                     "returned fire", "under fire", "heavy fire", "stormed", "storming", "raided", "fighters",
                     # weapons and attacks that make no accident: "Mina terrestre atinge autocarro", "ड्रोन हमला"
                     "mina terrestre", "minas terrestres", "landmine", "mine artisanale", "explosive device",
                     "ड्रोन", "हमला", "हमले", "मिसाइल", "बमबारी",
                     # an abduction is never an accident: "workers were abducted at a gold mine"
                     "abduct", "kidnapp", "enlev", "secuestr", "sequestr", "beheaded", "raped",
                     "sparat", "a colpi di", "rapit", "dato alle fiamme", "dati alle fiamme", "incendio doloso",
                     "doodgeschoten", "neergeschoten", "beschoten", "ontvoer", "in brand gestoken", "brandstichting",
                     "zastrzel", "postrzel", "strzela", "ostrzał", "ostrzal", "ostrzel", "porwa", "uprowadz", "podpal",
                     "nalot", "naloci",
                     # v21: vehicles set on fire in unrest are no accident ("um autocarro foram incendiados durante a
                     # noite", "des voitures ont été incendiées", "autobuses incendiados por la turba")
                     "incendiad", "incendiaram", "incendiee", "incendies par", "ont incendie", "riot", "disturbios",
                     "emeute", "rioters", "looters")
_HARM = ("injur", "wound", "attack", "explod", "blast", "fired", "opened fire", "abduct", "kidnap",
         "ferit", "rapit", "attacc", "esplos", "gewond", "verwond", "ontvoer", "aanval", "ontploff", "ranny$", "ranni$",
         "rannych", "porwa", "uprowadz", "atak", "wybuch")
# the state's forces, which arrest people and intervene in protests
_STATE_ACTORS = ("navy", "naval", "coast guard", "counter-terrorism department", "ctd$", "national investigation agency", "nia$", "police", "security forces", "fsb", "kgb", "security service", "intelligence service", "soldiers", "troops", "army", "authorities", "gendarm", "policia",
                 "polizei", "sicherheitskrafte", "soldaten", "behorden", "полиц", "поліц", "силовик",
                 "policier", "forces de l'ordre", "forces de securite", "forcas de seguranca", "fuerzas de seguridad", "polis$", "polisi$", "jandarma", "guvenlik gucler", "carabineros", "agents", "الشرطة",
                 "قوات الأمن", "قوات الامن", "الأمن", "السلطات", "polizia", "carabinier", "forze dell'ordine", "agenti",
                 "esercito", "politie", "mobiele eenheid", "agenten", "leger$", "policj", "wojsk", "zołnierz")
# ... or their crowd-control means, acting on a protest
_STATE_FORCE = _STATE_ACTORS + ("tear gas", "teargas", "rubber bullets", "water cannon", "baton", "lathi", "dispersed",
                                 "الغاز المسيل للدموع", "غاز مسيل للدموع", "gaz lacrymogene", "gases lacrimogenos",
                                 "gas lacrimogeno", "gas lacrimogenio", "tranengas", "слезоточив", "lacrimogen",
                                 "idranti", "manganell", "traangas", "waterkanon", "wapenstok", "gaz łzawiac",
                                 "armatki wodne", "armatek wodnych", "pałk")
_VIOLENT_CAUSE = ("violence", "attacks", "fighting", "clashes", "conflict", "war ", "insecurity", "combats",
                  "military operation", "offensive", "operation militaire", "военной операц", "военную операц",
                  "військової операц", "наступлени", "наступ$", "attaques", "ataques", "combates",
                  "вторжени", "обстрел", "боев", "вторгнен", "обстріл", "вторгненн",
                  "violences", "violencia", "enfrentamientos", "conflito", "القتال", "الاشتباكات", "العنف",
                  "violenz", "scontri", "geweld", "gevecht", "przemoc", "walki$", "walkach$", "starci")
# a crowd counted or sized, and a protest verb in a past tense: the protest took place ("will march" did not)
_CROWD = re.compile(r"\b(?:\d[\d,.]*|dozens|hundreds|thousands|tens of thousands|scores|crowds?|dizaines|centaines|"
                    r"milliers|foule|decenas|cientos|miles|multitud|dezenas|centenas|milhares|multidao|tausende|"
                    r"hunderte|zehntausende|migliaia|centinaia|decine|folla|duizenden|honderden|tientallen|"
                    r"tienduizenden|menigte|tysiace|setki|dziesiatki|tłum|tłumy|"
                    r"protesters|protestors|demonstrators|manifestants|manifestantes|manifestanti|demonstranten|betogers|"
                    r"supporters|activists|students|teachers|workers|farmers|traders|residents|"
                    r"demonstrantow|demonstranci|binlerce|yuzlerce|onlarca|isciler|ogrenciler|тысяч\w*|"
                    r"десятки|сотни|maelfu|mamia|wafanyabiashara|tausend|mehrere tausend)\b|(?<!\w)(?:آلاف|مئات|عشرات)(?!\w)")
_PROTESTED = re.compile(r"\b(?:marched|rallied|protested|demonstrated|gathered|staged|took to the streets|"
                        r"held (?:a |an )?(?:peaceful |silent |candlelight |sit-down )?(?:protests?|rall(?:y|ies)|"
                        r"sit-ins?|march(?:es)?|demonstrations?|vigils?)|"
                        # roads blocked by protesters: a protest that took place ("protesters blocked roads across
                        # Guatemala"), in ACLED's terms peaceful unless they fought
                        r"(?:blocked|blockaded|barricaded) (?:[\w-]+ ){0,3}?(?:roads?|highways?|streets?|bridges?|"
                        r"traffic|intersections?|junctions?)|bloquearon|bloquearam|ont bloque|blockierten|"
                        r"hanno bloccato|blokkeerden|zablokowa[lł]\w*|"
                        r"ont manifeste|ont defile|se sont rassembles|marcharon|protestaron|se manifestaron|"
                        r"marcharam|protestaram|se manifestaram|demonstrierten|protestierten|gingen auf die strasse|"
                        r"haben (?:\w+ ){0,8}?(?:demonstriert|protestiert)|waliandamana|"
                        r"виишли на (?:\w+ )?(?:акці|мітинг|протест)|вышли на (?:\w+ )?(?:акци|митинг|протест)|"
                        r"gingen auf die straße|hanno manifestato|hanno protestato|hanno sfilato|sono scesi in piazza|"
                        r"demonstreerden|protesteerden|betoogden|gingen de straat op|demonstrowa[lł]\w*|"
                        r"protestowa[lł]\w*|wyszli na ulice|wyszło na ulice|"
                        # session 16b: tractors driven in protest, a protest said to be peaceful, Turkish, Arabic and
                        # Russian verbs ("eylemi başlattı", "تظاهر آلاف", "вышли на мирное шествие")
                        r"drove (?:their |hundreds of |\d+ )?tractors|march(?:es)? peacefully|(?:thousands|hundreds) march|"
                        r"defilent|manifestent|marchan|marcham|protestam|(?:demonstration|protest|march|rally) "
                        r"(?:was|passed off|ended|remained) (?:largely )?peaceful(?:ly)?|"
                        r"eylemi? (?:baslattı|duzenledi|yaptı)|yuruyus duzenledi|"
                        r"акция прошла мирно|вышли (?:\w+ )?на (?:\w+ )?(?:шестви|улиц|проспект|площад)|"
                        r"виишли (?:\w+ )?на (?:\w+ )?(?:вулиц|площ))\b"
                        r"|(?<!\w)(?:تظاهر|تظاهروا|نظم|نظموا|نظّم)(?!\w)")
# arrests before a protest, to prevent it: "arrested 1,000 opposition activists ahead of the rally"
_BEFORE_PROTEST = re.compile(r"\b(?:ahead of|before|to prevent|to stop|to thwart|in advance of|avant|antes de|para impedir|"
                             r"kuandaa|kupanga|wanaotuhumiwa kuandaa)"
                             r" (?:a |an |the |planned |la |le |les |una |uma |o )?(?:\w+ )?(?:rall|protest|demonstr|march|"
                             r"manifest|marcha|sit-in)")
# a strike that took place: a past-tense bombing or shelling verb ("Russian forces shelled Kharkiv overnight",
# "l'armée a bombardé", "bombardeó", "قصفت"), not a threat or a general statement ("will bomb", "bombing kills")
_STRUCK = re.compile(r"\b(?:bombed|shelled|pounded|struck|launched (?:\w+ ){0,2}?(?:strikes?|raids?|attacks?)|"
                     # a headline's present tense: "Bomb blast wounds 3 in Kabul", "Drone strike kills 8"
                     r"(?:blast|bombing|explosion|strike|airstrike|shelling|bomb|missile|drone attack|rocket) "
                     r"(?:kills|wounds|injures|hits|rocks)|"
                     r"(?:drones?|missiles?|rockets?|shells?|mortars?) hit|"
                     r"fired (?:\w+ ){0,2}?(?:rockets?|missiles?|shells?|mortars?)|"
                     r"a bombarde|ont bombarde|a pilonne|ont pilonne|ont frappe|a frappe|ont tire des (?:roquettes|obus)|"
                     r"bombardeo|bombardearon|bombardeou|bombardearam|atacaron|lanzaron|dispararon|bombardierte|"
                     r"bombardierten|beschoss|beschossen|griffen|"
                     r"ha bombardato|hanno bombardato|ha colpito|hanno colpito|hanno lanciato|ha lanciato|"
                     r"bombardeerde|bombardeerden|heeft gebombardeerd|hebben gebombardeerd|beschoot|beschoten|vuurde|"
                     r"vuurden|zbombardowa\w*|ostrzela\w*|ostrzeliwa\w*|zaatakowa\w*|wystrzeli\w*)\b"
                     r"|(?<![^\W\d_])(?:обстреляли|обстріляли|обстрелял|обстріляв|нанесли удар|нанесла удар|"
                     r"завдали удар|завдала удар|атаковали|атакували|ударили|вдарили)"
                     r"|(?<![^\W\d_])(?:قصفت|شنت|استهدفت|أطلقت|اطلقت)"
                     # Arabic nouns: "القصف الهمجي على مخيم اليرموك" (the shelling of a place), "تشهد أعنف قصف" (sees the
                     # heaviest shelling)
                     r"|(?<![^\W\d_])(?:القصف|قصف|الغارات|غارات|الغارة|غارة)(?: \S+){0,2} (?:على|علي)(?!\w)"
                     r"|(?<![^\W\d_])(?:تشهد|شهدت)(?: \S+)? (?:قصف|غارات|قصفا)(?!\w)"
                     # a device thrown, planted or gone off; a blast someone claimed or was blamed for: "a petrol bomb
                     # was hurled at the house", "a bomb went off near the market", "no group has claimed
                     # responsibility for the blast", "blamed ELN rebels for a car bomb"
                     r"|\b(?:bombs?|grenades?|explosives?|devices?|ieds?|cocktails?|mines?) (?:was |were |had been |has been )?"
                     r"(?:hurled|thrown|lobbed|planted|detonated|set off|triggered)\b"
                     r"|\b(?:planted|detonated|hurled|threw|lobbed|set off) (?:a |an |the |two |three |several )?(?:[\w-]+ ){0,2}?"
                     r"(?:bombs?|ieds?|explosives?|explosive devices?|grenades?|mines?|landmines?)\b"
                     r"|\b(?:bombs?|blasts?|explosions?|explosives?|devices?|ieds?|grenades?|mines?) (?:went off|exploded|ripped "
                     r"through|tore through|which took place|that took place|which occurred|that occurred)\b"
                     r"|\b(?:claimed|claims|claim|claiming) responsibility for (?:the |a |an |this |that |these )?(?:[\w'-]+ ){0,3}?"
                     r"(?:blasts?|bombings?|explosions?|attacks?|strikes?|shelling)\b"
                     r"|\b(?:blamed|blame|blames|blaming) (?:[\w'-]+ ){1,5}?for (?:the |a |an |this |that )?(?:[\w'-]+ ){0,2}?"
                     r"(?:bomb|blast|bombing|explosion|attack|strike)s?\b")
# an attack on a thing or place that can only be physical: "the convoy was attacked", "came under attack", "attacked
# a police van" (not "the policy was attacked", "attacked the plan")
_TARGETS = (r"(?:convoy|patrol|checkpoint|camp|village|town|bus|van|vehicle|car|truck|house|home|residence|shop|"
            r"market|mosque|church|temple|school|hospital|station|post|base|barracks|prison|jail|office|compound|hotel|"
            r"motorcade|boat|train|farm|clinic)s?")
ATTACKED_TARGET = re.compile(r"\b" + _TARGETS + r" (?:was|were|had been|has been|have been|came|come|comes) (?:under )?"
                              r"(?:attacked|attack|ambushed|raided|stormed|targeted)\b"
                              r"|\b(?:attacked|ambushed|raided|stormed) (?:a|an|the|their|his|her) (?:[\w'-]+ ){0,3}?"
                              + _TARGETS + r"\b")
# displacement that took place ("fled", "were forced to flee"), not a general statement ("refugees fleeing conflicts
# must brave the cold")
_FLED = re.compile(r"\b(?:fled|were displaced|have been displaced|had been displaced|been forced|were forced|forced|"
                   r"drove|driven|uprooted|ont fui|ont ete deplace|huyeron|fueron desplazad|fugiram|foram deslocad|"
                   r"نزح|فروا|فر الآلاف|sono fuggit|sono stati costretti|sono state costrette|sfollat|sono scappat|"
                   r"zijn gevlucht|zijn ontvlucht|ontvluchtten|vluchtten|sloegen op de vlucht|werden verdreven|"
                   r"uciekl|uciekł|musieli uciekac|zostali wysiedleni|zmuszeni)")
_COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|"
                             r"deux|trois|quatre|cinq|dizaines|centaines|dos|tres|cuatro|cinco|decenas|cientos|"
                             r"dois|duas|dezenas|centenas|due|tre|quattro|cinque|decine|centinaia|twee|drie|vier|vijf|"
                             r"tientallen|honderden|dwoch|trzech|czterech|pieciu|dziesiatki|setki|kilkudziesieciu|kilkuset|"
                             # French approximate numerals: "une quarantaine de militants"
                             r"dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|milliers)"
                             r"\s+(?:\w+\s+){0,3}?(?:people|persons|journalists|activists|aides|associates|relatives|"
                             r"staff|staffers|employees|workers|officials|"
                             r"supporters|protesters|demonstrators|students|members|suspects|men|women|leaders|"
                             r"personnes|militants|manifestants|etudiants|personas|manifestantes|estudiantes|pessoas|"
                             r"opposants|opositores|civils|civiles|civis|persone|manifestanti|attivisti|studenti|"
                             r"giornalisti|sospetti|mensen|demonstranten|betogers|activisten|studenten|journalisten|"
                             r"verdachten|osob|demonstrantow|aktywistow|studentow|dziennikarzy|podejrzanych|ludzi|"
                             r"supheli|kisi|ogrenci|gazeteci)\b")
_DOMINANT = ("metaphor", "fiction", "commemoration", "cyber", "statistics", "exercise")
_AR_MARKS = re.compile("[\u0640\u064B-\u0652\u0670]")  # tatweel and harakat: vowel marks, not letters



def fold_text(text: str) -> str:
    if text.isascii():  # nothing to strip: the common case, and 20x faster
        return text.lower()
    text = unicodedata.normalize("NFKD", _AR_MARKS.sub("", text.lower().replace("’", "'")))
    # drop combining marks (accents) except Arabic ones; found among the few distinct characters
    marks = {ord(ch): None for ch in set(text) if unicodedata.combining(ch) and not "\u0600" <= ch <= "\u06ff"}
    return unicodedata.normalize("NFC", text.translate(marks) if marks else text)


# Hindi and Indonesian (session 15, ``nlp/events/cues_hi_id.py``), folded like every table above; Devanagari patterns
# are folded too ("व्यक्ति" is matched as "वयकति"), so they are written as the press writes them
def _fold_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_text(w) for w in words)


def _fold_pattern(pattern: str) -> str:
    return re.sub("[\u0900-\u097f]+", lambda m: fold_text(m.group()), pattern)


# Devanagari vowel signs and marks are no \w to Python's re: a word goes on through them ("मौतें")
_DEVANAGARI_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
_WORD_END = r"(?![^\W\d_])"
_WORD_END_DEVANAGARI = r"(?![^\W\d_]|[" + _DEVANAGARI_MARKS + "])"
# Arabic news and social media often drop the hamza on alef: "اصابة" is "إصابة"
_BARE_ALEF = str.maketrans("أإآ", "ااا")
# Arabic clitics and imperfect-verb prefixes: "والقصف", "بالقصف", "يخطف" (he abducts), "تقصف" (she shells)
_AM_PREFIXES = ("በ", "የ", "ለ", "ከ", "እና")  # Amharic "by/in", "of", "for", "from", "and" on the next word
_CLITICS = ("ال", "و", "ف", "ب", "ل", "وال", "بال", "فال", "لل", "ي", "ت", "ن", "وي", "وت")


def _trie(words: set[str]) -> str:
    """A regex matching the longest of ``words`` at a word start, written as a character trie.
    Python's regex engine tries alternatives one by one, so 400 flat alternatives cost 400 tests
    at every word start, a trie about 30; and a top-level choice of literal first characters lets
    the engine skip positions whose character starts no word. The word-start check is a lookbehind
    placed after the first character. A trailing "$" means the word must end there."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word.removesuffix("$"):
            node = node.setdefault(ch, {})
        node[("$d" if any("\u0900" <= ch <= "\u097f" for ch in word) else "$") if word.endswith("$") else ""] = True
    return "(?:" + "|".join(re.escape(ch) + r"(?<![^\W\d_].)" + (_INSIDE_DEVANAGARI if "\u0900" <= ch <= "\u097f" else "")
                            + _emit(child) for ch, child in sorted(tree.items())) + ")"


# a Devanagari letter right after a vowel sign is inside a word ("हमारे" holds no "मारे" at its "मा")
_INSIDE_DEVANAGARI = r"(?<![" + _DEVANAGARI_MARKS + "].)"


def _emit(node: dict) -> str:
    parts = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch not in ("", "$", "$d")]
    if "" in node:  # a whole word ends here: longer words first, else stop (greedy optional group)
        return f"(?:{'|'.join(parts)})?" if parts else ""
    if "$" in node or "$d" in node:
        parts.append(_WORD_END if "$" in node else _WORD_END_DEVANAGARI)
    return parts[0] if len(parts) == 1 and len(node) == 1 else f"(?:{'|'.join(parts)})"


@functools.cache
def _regex(words: tuple[str, ...]) -> re.Pattern[str]:
    # a trailing "$" means the word must end there ("viole$" is French "violé", not "violent")
    # Arabic clitics (al-, wa-, fa-, bi-) may precede an Arabic word: "والقصف", "بالقصف" are not split
    words = tuple(set(words) | {w.translate(_BARE_ALEF) for w in words})  # "اصابة" = "إصابة"
    expanded = set(words) | {p + w for w in words if w and "\u0600" <= w[0] <= "\u06ff" for p in _CLITICS}
    expanded |= {p + w for w in words if w and "\u1200" <= w[0] <= "\u137f" for p in _AM_PREFIXES}
    return re.compile(_trie(expanded), re.UNICODE)


# Devanagari words are matched by a regex of their own, tried only on texts with a Devanagari letter: in one trie with the
# rest their first letters made every word start of an English text slower (a quarter more time to find the triggers)
_DEVANAGARI = re.compile("[\u0900-\u097f]")


@functools.cache
def _scripts(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The regex of ``words`` outside Devanagari, and that of the Devanagari ones (None when there are none).
    Each word is also matched folded like the text: "бойовик", "військов" are "боиовик", "віиськов" there (й -> и,
    ї -> і; they never matched before session 16)."""
    words = tuple(dict.fromkeys(words + tuple(fold_text(w) for w in words)))
    hindi = tuple(w for w in words if _DEVANAGARI.match(w))
    rest = tuple(w for w in words if not _DEVANAGARI.match(w))
    return _regex(rest), (_regex(hindi) if hindi else None)


@functools.lru_cache(maxsize=1024)
def _in_devanagari(folded: str) -> bool:
    """Whether the text holds Devanagari (asked many times per sentence, by every word list)."""
    return _DEVANAGARI.search(folded) is not None


def _search(folded: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """The first of ``words`` in ``folded``, in any script."""
    rest, hindi = _scripts(words)
    found = rest.search(folded)
    if hindi is None or not _in_devanagari(folded):
        return found
    other = hindi.search(folded)
    return other if found is None or (other is not None and other.start() < found.start()) else found


def _has(folded: str, words: tuple[str, ...]) -> bool:
    rest, hindi = _scripts(words)
    if rest.search(folded) is not None:
        return True
    return hindi is not None and _in_devanagari(folded) and hindi.search(folded) is not None


_TRIGGER_KEYS = ("kill", "sexual", "abduct", "remote", "battle", "riot", "protest", "arrest", "destroy", "displace",
                 "attack")


@functools.cache
def _candidate_words() -> tuple[str, ...]:
    return tuple(w for k in _TRIGGER_KEYS for w in _CUES[k])


# Phrases whose trigger word is no violence: "all its manifestations", "a demonstration of goodwill",
# "treaty bodies", "the fight against poverty", "a policy of confrontation", "strategic offensive arms",
# "looted funds". Masked with spaces (offsets stay) before the triggers are looked for.
_POLICY_TARGETS = (r"terrorism|terror|poverty|corruption|climate change|global warming|hunger|famine|disease|diseases|"
                   r"crime|drugs|drug trafficking|narcotics|money laundering|impunity|inequality|inequalities|"
                   r"discrimination|racism|xenophobia|extremism|violent extremism|radicalization|radicalisation|"
                   r"illiteracy|desertification|malaria|hiv|aids|tuberculosis|covid|covid-19|the pandemic|pandemics|"
                   r"the virus|cancer|fraud|inflation|unemployment|human trafficking|trafficking|piracy|illicit|"
                   r"tax evasion|illegal fishing|hate speech|misinformation|disinformation|infectious diseases|"
                   r"non-communicable diseases|the scourge|this scourge|these scourges|smuggling|underdevelopment")
_BENIGN = re.compile(
    # fireworks are no mortars or rockets ("tirs de mortiers d'artifice"), and arrests or casualties said not to have
    # happened are no arrests ("l'action s'est déroulée sans interpellation", "Акція минула без затримань") (session 15b)
    r"\b(?:mortiers?|tirs?|feux|fusees?) d'artifice\b|\bfireworks?\b|\bfuegos artificiales\b|\bfogos de artificio\b"
    r"|\bpetard\w*|\bпетард\w*|\bфеиерверк\w*|\bфеєрверк\w*"
    r"|\b(?:without|with no) (?:any )?(?:arrests?|detentions?)\b|\bsans (?:aucune )?interpellations?\b|\bsin "
    r"(?:detenidos|detenciones)\b|\bsem (?:detidos|detencoes|prisoes)\b|\bohne festnahmen\b|без (?:жодних )?"
    r"затримань|без (?:каких-либо )?задержании|(?:دون|بدون) (?:تسجيل )?(?:اعتقالات|حوادث)"
    # death threats are no deaths: "colonos armados las amenazaran de muerte" (session 16c)
    r"|\bamenaz\w* (?:\w+ )?de muerte\b|\bdeath threats?\b|\bmenaces? de mort\b|\bameaca\w* de morte\b"
    # arson ruled out is no arson: "investigators ruled out arson and blamed a short circuit" (session 16)
    r"|(?<=ruled out )(?:arson|foul play|sabotage|an attack|terrorism)\b|\bno (?:signs?|evidence) of (?:arson|foul play)\b"
    # firefighters are no bomb ("bombe"): "informaron los bomberos", "segundo os bombeiros"
    r"|\bbomber[oa]s\b|\bbombeir[oa]s\b"
    r"|\bmanifestations?\s+of\b|\bin\s+all\s+(?:of\s+)?(?:its|their)\s+(?:forms\s+and\s+)?manifestations\b"
    r"|\bforms\s+and\s+manifestations\b|\bdemonstrations?\s+of\b"
    r"|\b(?:subsidiary|treaty|regional|international|intergovernmental|governing|control|monitoring|oversight|"
    r"advisory|professional|legislative|judicial|electoral|statutory|sporting|student|expert|technical|"
    r"multilateral|specialized|specialised|relevant|competent|decision-making|policy-making|standard-setting|"
    r"human rights|united nations|significant|important|principal|subregional|supervisory|regulatory)\s+bodies\b"
    # policy language: "to combat terrorism", "the fight against poverty", "the battle against corruption"
    r"|\b(?:combat|combats|combating|combatting|fight|fights|fighting|battle|battles|battling)\s+(?:against\s+|to\s+"
    r"(?:end|eradicate|eliminate|defeat|reduce)\s+)?(?:(?:the|all|all\s+forms\s+of|international|transnational|"
    r"organized|organised|global|extreme|endemic)\s+)*(?:" + _POLICY_TARGETS + r")\b"
    # figurative confrontation, arms-control and media "offensives", asset recovery, demobilised fighters
    r"|\b(?:policy|policies|logic|path|spirit|era|politics)\s+of\s+confrontation\b|\bconfrontational\b"
    r"|\b(?:ideological|political|diplomatic|bloc|nuclear|east-west|cold\s+war|verbal)\s+confrontation\b"
    r"|\bconfrontation\s+(?:of|between)\s+(?:words|ideas|visions|civilizations|cultures|ideologies|blocs|the\s+two"
    r"\s+(?:military\s+)?blocs)\b"
    r"|\bstrategic\s+offensive\b|\boffensive\s+(?:and\s+defensive\s+)?(?:arms|weapons|capabilities)\b"
    r"|\b(?:charm|diplomatic|media|propaganda)\s+offensive\b"
    r"|\boffensive\s+(?:language|remarks|comments|content|behaviour|behavior|statements|cartoons|posts|jokes)\b"
    r"|\blooted\s+(?:public\s+|state\s+)?(?:funds|assets|money|wealth|resources)\b"
    r"|\b(?:ex-combatants|former\s+combatants)\b|\bmato\s+grosso\b"
    # the attacker's getaway is no displacement: "stabbed three people before fleeing", "the gunmen fled the scene"
    # (not residents' flight: "thousands fled on foot towards Sennar")
    r"|\b(?:before|then|and|after)\s+(?:fleeing|escaping)\b(?!\s+(?:the\s+)?(?:attacks?|fighting|violence|clashes|"
    r"combats?|war|shelling|bombing|insecurity|raids?|from)\b)|\bfled\s+(?:the\s+scene|on\s+foot|on\s+(?:a\s+)?"
    r"motorbikes?|on\s+(?:a\s+)?motorcycles?|in\s+(?:a|their|his)\s+(?:car|vehicle|truck))\b"
    r"(?!\s+(?:to|towards?|across|into\s+(?:neighbou?ring|the\s+neighbou?ring))\b)"
    r"|\b(?:attackers?|assailants?|gunm[ae]n|suspects?|killers?|perpetrators?|robbers?|shooters?|bombers?)\s+"
    r"(?:later\s+|then\s+|all\s+)?(?:fled|escaped)\b|\bavant\s+de\s+prendre\s+la\s+fuite\b"
    # attackers driven off: "repulsed the attack, compelling the attackers to flee"
    r"|\b(?:forc\w*|compell\w*)\s+(?:the\s+)?(?:attackers?|assailants?|gunm[ae]n|militants|terrorists|insurgents|"
    r"raiders)\s+to\s+(?:flee|retreat)\b"
    r"|\bhuyeron\s+del\s+lugar\b|\bfugiram\s+do\s+local\b"
    # "an explosion of violence", "the explosion of youth gangs": growth, no blast
    r"|\bexplosions?\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?:violence|crime|gangs?|homicides|murders|killings|insecurity|"
    r"protests|anger|growth|demand|cases|prices|population|interest)\b")


# a demand for the release of prisoners is no arrest ("marched to demand the release of political prisoners");
# a separate pattern, tried only on texts with such a word (one more alternative in _BENIGN slowed every text)
_RELEASE = re.compile(
    r"\b(?:release|freeing|freedom)\s+of\s+(?:the\s+|all\s+)?(?:political\s+|jailed\s+|detained\s+)?"
    r"(?:prisoners|detainees)\b"
    r"|\b(?:demand|demands|demanded|demanding|call\s+for|calls\s+for|called\s+for|calling\s+for|urge|urged|urging)"
    r"\s+(?:the\s+)?(?:immediate\s+)?(?:release|freeing)\s+of(?:\s+[\w'-]+){1,4}?\s+(?:prisoners|detainees|leaders|"
    r"activists|journalists|members|students|protesters|demonstrators|opponents|candidates|figures|defenders|lawyers|"
    r"workers|farmers|clerics|priests|relatives|hostages)\b"
    r"|\b(?:liberacion|libertad|liberation|libertacao|soltura)\s+(?:de|des|dos|para)\s+(?:los\s+|las\s+|todos\s+los\s+|"
    r"tous\s+les\s+|os\s+)?(?:presos|prisonniers|detenus|detenidos|detidos)(?:\s+(?:politicos|politiques))?\b"
    r"|(?:الإفراج|الافراج) عن (?:جميع )?(?:\S+ )?(?:المعتقلين|المعتقلات|المعتقلين السياسيين)")
_RELEASE_WORD = re.compile(r"releas|freeing|freedom|liberac|libertad|liberation|libertac|soltura|liberazion|scarcerazion|freilassung|الإفراج|الافراج")


# a mock or simulated attack is a drill: "police staged a mock terrorist attack at the station", "un simulacro de
# atentado", "une simulation d'attaque", "учебная атака"; a separate pattern, tried only after its gate word
_STAGED = re.compile(
    r"\b(?:mock|simulated|staged)\s+(?:terror(?:ist)?\s+|suicide\s+|bomb\s+|chemical\s+)?(?:attacks?|bombings?|"
    r"shootings?|hostage[- ]takings?|raids?|explosions?|assaults?)\b"
    r"|\bsimulacros?\s+de\s+(?:un\s+)?(?:ataque|atentado|tiroteo|explosion|secuestro)"
    r"|\bsimula(?:cao|coes)\s+de\s+(?:um\s+)?(?:ataque|atentado|tiroteio|explosao|sequestro)"
    r"|\bsimulations?\s+d'(?:une?\s+)?(?:attaque|attentat|prise d'otages|explosion)"
    r"|(?<!\w)учебн\w+\s+(?:атак|штурм|тревог|взрыв)\w*|(?<!\w)навчальн\w+\s+(?:атак|штурм|тривог|вибух)\w*")
_STAGED_WORD = re.compile(r"mock|simulat|simulac|учебн|навчальн")


# what a protest is against is no violence of its own: "हत्याओं के विरोध में प्रदर्शन" (a protest against killings),
# "बलात्कार के खिलाफ", "unjuk rasa memprotes pembunuhan aktivis" (tried only on texts with these words)
_AGAINST_HI = re.compile("[^\\s।]+(?=\\s+के\\s+(?:विरोध\\s+में|खिलाफ))")
_AGAINST_ID_WORDS = ("memprotes", "mengecam", "menolak", "mengutuk")
_AGAINST_ID = re.compile(r"\b(?:" + "|".join(_AGAINST_ID_WORDS) + r")\s+((?:aksi\s+)?\S+)")


def mask_benign(folded: str) -> str:
    """``folded`` with phrases like "all its manifestations" or "treaty bodies" blanked (same length)."""
    blank = lambda m: re.sub(r"\S", " ", m.group())
    folded = _BENIGN.sub(blank, folded)
    if "विरोध" in folded or "खिलाफ" in folded:
        folded = _AGAINST_HI.sub(blank, folded)
    if any(word in folded for word in _AGAINST_ID_WORDS):
        folded = _AGAINST_ID.sub(lambda m: m.group()[:m.start(1) - m.start()] + " " * len(m.group(1)), folded)
    if _STAGED_WORD.search(folded):
        folded = _STAGED.sub(blank, folded)
    return _RELEASE.sub(blank, folded) if _RELEASE_WORD.search(folded) else folded


def candidate_cues(folded: str) -> bool:
    """The cheap first stage: does the sentence contain any violence trigger word, or people seized by an armed
    group ("Gang members seized 17 missionaries": session 17)?"""
    return _has(folded, _candidate_words()) or bool(_SEIZED_PEOPLE.search(folded) and _has(folded, _ARMED))


def cue_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of every trigger word in a folded text (one regex pass, e.g. over a document)."""
    rest, hindi = _scripts(_candidate_words())
    spans = [m.span() for m in rest.finditer(folded)]
    spans += [m.span() for m in _SEIZED_PEOPLE.finditer(folded)]
    spans.sort()
    if hindi is not None and _in_devanagari(folded):
        spans = sorted(spans + [m.span() for m in hindi.finditer(folded)])
    return spans


def cue_flags(folded: str) -> dict[str, bool]:
    flags = {name: _has(folded, words) for name, words in _CUES.items()}
    if not flags["abduct"] and _SEIZED_PEOPLE.search(folded) and _has(folded, _ARMED):
        flags["abduct"] = True  # "gunmen seized two fishermen": people taken by an armed group
    return flags


# people seized or taken away (with an armed actor in the sentence, an abduction): "gunmen seized two fishermen",
# "militants snatched 14 passengers from a bus", "hommes armés ont emmené trois villageois"
_SEIZED_PEOPLE = re.compile(
    r"\b(?:seized|grabbed|snatched|took away|carried off|dragged away|ont emmene|ont enleve|se llevaron a|levaram)\s+"
    r"(?:at least\s+|some\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|scores of|"
    r"un|une|deux|trois|quatre|cinq|plusieurs|dos|tres|cuatro|cinco|varios|dois|duas|tres|quatro|cinco|varios)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:fishermen|people|persons|villagers|civilians|passengers|workers|students|schoolgirls|"
    r"schoolboys|girls|boys|women|men|children|farmers|tourists|crew members|sailors|traders|herders|worshippers|"
    r"aid workers|engineers|missionaries|relatives|pupils|schoolchildren|teachers|priests|nuns|journalists|employees|"
    r"miners|doctors|nurses|residents|motorists|travell?ers|guests|hostages|family members|school principal|"
    r"missionnaires|eleves|ecoliers|enseignants|misioneros|alumnos|maestros|missionarios|alunos|professores|"
    r"pecheurs|personnes|villageois|civils|passagers|travailleurs|eleves|femmes|enfants|"
    r"agriculteurs|pescadores|personas|pasajeros|trabajadores|estudiantes|mujeres|ninos|campesinos|pessoas|"
    r"passageiros|trabalhadores|criancas|agricultores)\b"
    # a vehicle taken with its passengers: "seized a bus carrying 14 passengers", "hijacked a minibus with 20 people"
    r"|\b(?:seized|hijacked|intercepted|commandeered|ont detourne|secuestraron|sequestraram) (?:a|an|the|un|une|o|el) "
    r"(?:[\w-]+ )?(?:bus|minibus|van|vehicle|boat|truck|car|autobus|bateau|camion|autobus|barco|onibus|barca)\w* "
    r"(?:carrying|with|transportant|avec|con|com) ")


# "il y a trente ans", "hace treinta años", "há 30 anos", "vor 30 Jahren", "قبل ثلاثين عاما": years ago
_HISTORICAL = re.compile(r"\b19\d0'?s\b|\b(in|of|since|during|after) (the )?19\d\d\b|\ben 19\d\d\b"
                         r"|\bthe 19\d\d (\w+ )?(killings?|massacres?|bombings?|attacks?|genocide|war|riots?|uprising)\b"
                         r"|\b(il y a|hace|ha|vor) \S+ (ans|anos|jahren)\b"
                         r"|\b(nel|w) 19\d\d\b|\bnegli anni '?\d0\b|\bjaren '?\d0\b|\bw latach \d0"
                         # session 16b: "en diciembre de 1981", "del 2 agosto 1980", "em 1992"; "completa 32 anos",
                         # "marcou cinco anos", "miaka 30 tangu"
                         r"|\b(de|del|em|do|da) 19\d\d\b|\b(?:de|del|em|en|in|of|do|da|au|nel|im) 1[5-8]\d\d\b|\b\w+ agosto 19\d\d\b"
                         r"|\b(completa|completam|completou|marca|marcou|cumple|cumplen|cumplio) \S+ (anos|años)\b"
                         r"|\bmiaka \S+ tangu\b"
                         # session 17: sw "mnamo mwaka 1905", id "pada tahun 1965", tr "1915'te", "1994 yılında", ru/uk
                         # "в 1932 году", "у 1932 році", ar "عام 1948", hi "1984 में"
                         r"|\b(?:mwaka|mnamo) (?:wa )?1[5-9]\d\d\b|\bpada (?:tahun )?1[5-9]\d\d\b|\b1[5-9]\d\d ?'?(?:de|da|te|ta)\b"
                         r"|\b1[5-9]\d\d yılında|(?<!\w)(?:в|у) 1[5-9]\d\d (?:году|годах|роц|роках)|عام 1[5-9]\d\d"
                         r"|(?<!\d)1[5-9]\d\d (?:में|के दौरान)"
                         r"|قبل \S+ (عاما|عام|سنة|سنوات|عقود)"
                         # historians' accounts: "historians say the Armenian genocide killed up to 1.5 million"
                         r"|\bhistorians? (say|says|said|estimate|estimates|believe|agree|argue)\b|\bhistoriens?\b|\bhistoriadores\b")


# a toll over years or a whole war ("bandits have killed thousands in recent years", "the conflict has killed
# 5,000 people since it began"), not one incident, unless the sentence also dates one ("on Monday", "overnight")
_CUMULATIVE = re.compile(r"\b(?:(?:between|from) (?:19|20)\d\d (?:and|to) (?:19|20)\d\d|entre (?:19|20)\d\d et (?:19|20)\d\d|"
                         r"(?:entre|de) (?:19|20)\d\d (?:y|e|a) (?:19|20)\d\d|in recent years|over the (?:past |last )?(?:\w+ )?(?:years|decades?)|in the (?:past|last) "
                         r"(?:\w+ )?(?:years|decades?)|since the (?:conflict|war|insurgency|fighting|crisis) (?:began|started|"
                         r"erupted|broke out)|since the (?:start|beginning|outbreak) of the (?:war|conflict|insurgency|crisis)|"
                         r"ces dernieres annees|depuis le debut (?:du conflit|de la guerre|de la crise)|en los ultimos anos|"
                         r"desde el (?:inicio|comienzo) (?:del conflicto|de la guerra)|nos ultimos anos|"
                         r"desde o inicio (?:do conflito|da guerra)|"
                         # a trend ("a spike in murders"); a toll in the present perfect over a stretch of time ("have been
                         # killed in Caracas so far this year", "have been killed since 2009"), or over a rule ("killed
                         # during the four-year rule")
                         r"(?:spike|rise|surge|increase|upsurge|drop|decline|fall|jump) in (?:[\w-]+ )?(?:murders|killings|"
                         r"homicides|kidnappings|violence|attacks)|"
                         r"(?:have|has) been (?:killed|murdered|slain)\b[^.;]{0,60}?\b(?:since (?:19|20)\d\d|since "
                         r"(?:january|february|march|april|may|june|july|august|september|october|november|december)|"
                         r"so far (?:this|in)|this year)|"
                         r"during (?:the |his |her |their )?(?:[\w'-]+ ){0,3}?(?:rule|presidency|regime|reign|tenure|"
                         r"dictatorship|occupation|administration) of)\b"
                         r"|منذ بداية (?:الحرب|النزاع|الصراع|الأزمة)|(?:خلال|في) السنوات (?:الماضية|الأخيرة)")
# ... or over a year or more, of a kind of violence rather than one incident ("5,600 people were killed in gang
# violence last year", "1,200 civilians have been killed in jihadist attacks so far this year"; not "the attack last
# year killed 20")
_MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                r"janvier|fevrier|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|"
                r"abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)")
_PERIOD = (r"(?:last year|this year|so far this year|since the (?:start|beginning) of (?:the|this) year|"
           r"(?:in|during|since) (?:" + _MONTH_NAMES + r" )?(?:19|20)\d\d|since " + _MONTH_NAMES + r"|"
           r"l'an dernier|l'annee derniere|cette annee|depuis le debut de l'annee|depuis (?:" + _MONTH_NAMES
           + r" )?20\d\d|el ano pasado|en lo que va del? ano|desde (?:" + _MONTH_NAMES + r" de )?20\d\d|"
           r"no ano passado|desde o inicio do ano)")
_KINDS_OF_VIOLENCE = (r"(?:violence|attacks|raids|clashes|fighting|killings|conflict|war|insurgency|strikes|"
                      r"airstrikes|bombings|violences|attaques|affrontements|combats|violencia|ataques|"
                      r"enfrentamientos|combates|bombardeos|confrontos|bombardeios)")
_PERIOD_TOLL = re.compile(r"\b(?:in|during|by|from|dans|lors|en|por|em|nos|nas) (?:[\w'-]+ ){0,3}?"
                          + _KINDS_OF_VIOLENCE + r"\b[^.;]{0,50}?\b" + _PERIOD + r"\b"
                          r"|^\W*(?:last year|so far this year|this year|since (?:" + _MONTH_NAMES
                          + r"|(?:19|20)\d\d)|l'an dernier|l'annee derniere|el ano pasado|no ano passado),")
_INCIDENT_TIME = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|yesterday|"
                            r"last (?:week|night|month)|this (?:morning|week)|earlier today|on \w+ \d{1,2}\b|"
                            r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|lunes|martes|miercoles|jueves|"
                            r"viernes|sabado|domingo|ayer|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|"
                            r"ontem)\b|أمس|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد")


def incident_dated(folded: str) -> bool:
    """The sentence dates one incident ("late on Tuesday", "overnight", "hier"): no general statement."""
    return _INCIDENT_TIME.search(folded) is not None


_SCORELINE = re.compile(r"(?<![\d/.-])(\d{1,3})-(\d{1,3})(?![\d/-]|\.\d)"
                        r"|\b(?:por|par|de|score de) (\d{1,2}) a (\d{1,2})\b")  # "4-0." ends a sentence; "4-0.5" is no score


def _scoreline(folded: str) -> bool:
    """"5-0", "45-17", "120-90", "por 4 a 0": a match result (winner first); "10-15", "de 2 a 5" are ranges, not
    scores."""
    return any(int(m.group(1) or m.group(3)) >= int(m.group(2) or m.group(4)) for m in _SCORELINE.finditer(folded))


# Animals: wildlife and livestock (not words used as slurs for people, such as "dogs", "pigs", "rats" or
# "cockroaches": "killed 19 pigs of the terrorist cells" reports a real killing in a dehumanizing voice; and no
# plural that names an armed group: the Tamil Tigers, the Grey Wolves, the "Lions of ..." brigades)
_ANIMALS = (r"(wild )?boars?|deer|elephants?|rhinos?|rhinoceros(es)?|tiger|tigress|leopards?|lion|lioness|"
            r"bears?|wolf|crocodiles?|alligators?|hippos?|hippopotamus|hyenas?|jackals?|buffalo(es)?|bison|"
            r"cattle|cows?|goats?|sheep|chickens?|poultry|hens?|camels?|livestock|donkeys?|horses?|oxen|gorillas?|"
            r"chimpanzees?|monkeys?|giraffes?|zebras?|antelopes?|sharks?|snakes?|cobra|vipers?|pythons?|whales?|"
            r"dolphins?|birds?|fish|animals?|wildlife|"
            r"sangliers?|ours|loup|vaches?|chevres?|moutons?|betail|requins?|serpents?|"
            r"jabal(i|ies)|lobo|osos?|vacas?|cabras?|ganado|tiburon(es)?|serpientes?|javalis?|oncas?|jacares?|"
            r"gado|tubaroes")
# "CoBRA jawans", "Tiger commandos", "Cobra battalion": a unit named after an animal is people
_NOT_A_UNIT = (r"(?!\s+(jawans?|commandos?|personnel|battalions?|units?|forces?|brigades?|squads?|fighters?|"
               r"members?|soldiers?|troops|militants?|cadres?|officers?|guards?|regiments?|company|police))")
_COUNTED = (r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of|"
            r"thousands of|\d[\d,]*|wild|stray|rare|endangered|protected|pregnant|young|baby|adult|male|female|"
            r"herd of|pack of|un|une|des|deux|trois|un troupeau de|a un|a una|unos|dos|tres|um|uma|dois)\s+){0,4}")
_ANIMAL_KILLED = re.compile(
    r"\b(killed|kills|killing|shot|shot dead|slaughtered|culled|culling|poached|poaching|speared|hunted|"
    r"tue|tuent|abattu|abattus|abattre|mato|mataron|matan|cazaron|matou|mataram|abateram|abateu)\s+"
    + _COUNTED + r"(" + _ANIMALS + r")\b" + _NOT_A_UNIT)
_BY_ANIMAL = (r"(?:a|an|one|two|three|wild|stray|rogue|rabid|pack of|herd of|un|une|um|uma|una)\s+(?:(?:wild|stray|"
              r"rogue|rabid|pack of|herd of)\s+)?(?:" + _ANIMALS + r")\b" + _NOT_A_UNIT)
_ANIMAL_ATTACK = re.compile(
    r"\b" + _BY_ANIMAL + r"\s+(attacked|attacks|killed|kills|mauled|trampled|gored|bit|bites|dragged|"
    r"a tue|ont tue|a attaque|ont attaque|a devore|mato|ataco|atacaron|mataron|matou|atacou|mataram|atacaram)\b"
    r"|\b(mauled|trampled|gored|bitten|attacked|killed|dragged|devoured)( to death)? by (the )?" + _BY_ANIMAL
    + r"\b|\b(snakebites?|snake bites?|dog bites?|shark attack|bear attack|tiger attack|crocodile attack|"
    r"elephant attack|wildlife attack|animal attack|human-wildlife conflict|man-eater|man-eating)\b"
    r"|\b(pietine|devore|mordu|attaque|tue)e?s? par " + _BY_ANIMAL + r"\b"
    # Arabic: only the literal "wild boar" and "snake bite" (crocodiles, wolves, snakes and rabid dogs are
    # common insults for militias and "lone wolves" are attackers)
    r"|خنزير بري|خنازير برية|الخنزير البري|لدغة افعى|لدغة ثعبان")
# people after the killing verb: "killed a bear and two farmers" is still about people
_PEOPLE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|\d[\d,]*|deux|trois|dos|tres|"
    r"dois)\s+(?:\w+\s+)?(people|persons?|civilians?|villagers?|m[ae]n|wom[ae]n|child(ren)?|boys?|girls?|"
    r"farmers?|herders?|shepherds?|residents?|soldiers?|policem[ae]n|police officers?|militants?|rebels?|"
    r"fighters?|worshippers?|students?|personnes|civils|villageois|personas|civiles|pessoas|civis)\b")


_SENTENCE_CHARS = 400


def _animal_only(folded: str) -> bool:
    """Animals killed ("villagers killed a wild boar", "poachers shot three rhinos") or animals that killed
    ("a tiger mauled a herder", "trampled by an elephant"): wildlife and livestock, not violence by people.
    Judged on sentences only: unsplit text (a lowercased page reads as one "sentence") may hold other stories."""
    if len(folded) > _SENTENCE_CHARS:
        return False
    if _ANIMAL_ATTACK.search(folded):
        return True
    killed = _ANIMAL_KILLED.search(folded)
    return killed is not None and _PEOPLE.search(folded, killed.start()) is None


_HACKED_TO_DEATH = re.compile(r"\bhack(?:ed|ing) (?:[\w-]+ ){0,4}?to death\b")


# Police, soldiers or officials as the source of a report or as rescuers, not as actors: "a bus crash killed 38
# people, police said", "according to police", "selon la police", "soldiers recovered the bodies". Masked before
# the actor check that lets an accident, disaster or disease word co-occur with a real attack.
_SOURCE_OR_RESCUE = re.compile(
    r"\b(?:(?:a|the|local|regional|state|provincial|district|traffic|railway|marine|river|federal|national|"
    r"highway) )*(?:police|army|military|soldiers|troops|security forces|authorities)(?: (?:spokes(?:man|woman|"
    r"person)|official|officials|chief|commander|commissioner|sources?|statement|report)s?)?(?:,? [\w .'-]{0,40},)?"
    r" (?:said|say|says|told|reported|reports|confirmed|confirms|added|stated|announced|ruled out|blamed|suspect|"
    r"suspected|believe|believed)\b"
    r"|\baccording to (?:the )?(?:local |state |regional )?(?:police|army|military|authorities|security sources)\b"
    r"|\b(?:police|policemen|soldiers|troops|rescuers|the army|security forces|militaires|soldats|gendarmes|"
    r"soldados|militares|policias)(?: and [\w ]{1,24}?)? (?:recovered|retrieved|rescued|evacuated|pulled|searched|"
    r"were searching|are searching|helped|ont aide|ont evacue|ont secouru|ont retrouve|rescataron|evacuaron|"
    r"ayudaron|resgataram|retiraram|ajudaram)\b"
    r"|\b(?:police|army|military) (?:truck|vehicle|car|van|bus|helicopter|plane|aircraft|jet|boat)s?\b"
    # soldiers or police as the accident's dead: "a soldier died of heatstroke", "two policemen drowned"
    r"|\b(?:soldiers?|troops|policem[ae]n|police officers?|officers?) (?:who )?(?:died|drowned|perished|"
    r"were killed when|was killed when)\b"
    r"|\b(?:selon|d'apres|a (?:indique|annonce|precise|declare)|ont (?:indique|annonce|precise)) (?:la |les |l')?"
    r"(?:police|gendarmerie|armee|autorites|policiers)\b"
    r"|\b(?:segundo|de acordo com|informou|informaram|disse|afirmou) (?:a |o |as |os )?(?:policia|exercito|"
    r"autoridades|bombeiros)\b"
    r"|\b(?:segun|informo|informaron|dijo|indico|senalo|confirmo) (?:la |el |las |los )?(?:policia|ejercito|"
    r"autoridades)\b"
    r"|\b(?:the )?police (?:spokes(?:man|woman|person) )?[A-Za-z .'-]{0,30}said\b"
    r"|\b(?:secondo|ha (?:detto|riferito|reso noto|comunicato)|hanno (?:detto|riferito)|riferisce|riferiscono|fa sapere)"
    r" (?:la |le |i |l')?(?:polizia|carabinieri|autorita|esercito|vigili del fuoco|soccorritori)\b"
    r"|\bpolizia (?:stradale|locale|ferroviaria)\b|\b(?:la polizia|i carabinieri) (?:e|sono) intervenut\w*"
    r"|\b(?:volgens|meldt|meldde|zegt|zei|aldus) (?:de )?(?:politie|brandweer|autoriteiten|hulpdiensten|leger)\b"
    r"|\bverkeerspolitie\b|\b(?:według|poinformowała|poinformowal|podała|podala|przekazała) (?:policj\w*|straz\w*|"
    r"wojsk\w*|władz\w*|sluzb\w*)|\bpolicja drogowa\b"
    # Russian and Ukrainian sources: "повідомили в Національній поліції", "сообщили в полиции", "по данным МВД"
    r"|(?:сообщил\w*|повідомил\w*|по данным|за даними|заявил\w*|заявил\w*) (?:в |у )?(?:\w+ )?(?:полици\w*|"
    r"поліці\w*|мвд|мчс|гу мчс|дснс|нацполіці\w*)")


def _unattributed(folded: str) -> str:
    """``folded`` with its report attributions and rescuers masked (offsets kept)."""
    return _SOURCE_OR_RESCUE.sub(lambda m: " " * len(m.group(0)), folded) if _SOURCE_WORD.search(folded) else folded


_SOURCE_WORD = re.compile(r"polic|army|armee|ejercito|exercito|militar|militai|military|soldier|soldat|soldado|troops|"
                          r"security|authorit|autorid|gendarm|rescuer|bombeiros|polizi|carabinier|esercit|politie|"
                          r"leger|policj|wojsk|полиц|поліц|мвд|мчс|дснс")


# weapons of war and the people they killed: "rockets ... killing 12 children on a football pitch" is no sport
_WEAPONS = ("rocket", "missile", "airstrike", "air strike", "drone strike", "shelling", "artillery", "mortar",
            "car bomb", "suicide bomb", "roadside bomb", "grenade", "gunmen", "gunman", "bomb blast", "explosive",
            "bomb", "blast", "explosion", "gunfire", "opened fire")
_VICTIMS = re.compile(r"\b(?:killing|killed|kills|dead|wounding|wounded)\b(?:\s+[\w-]+){0,4}?\s+(?:children|civilians|"
                      r"people|residents|villagers|worshippers|pupils|students|spectators|fans|players|women|men|"
                      r"boys|girls|family|families)\b|\b(?:children|civilians|people|residents|spectators|fans|players)"
                      r"\s+(?:were|was)\s+(?:killed|wounded|injured)\b")


def _war_on_people(folded: str) -> bool:
    return _has(folded, _WEAPONS) and _VICTIMS.search(folded) is not None


# a story's frame: its soldiers and gunmen are characters
# a rout of one named side: a "massacre" verb, a singular definite article, one word that is no collective of people
# and ends in no plural -s ("the villagers"), then a place or a score: "Flamengo massacra o Vasco no Maracanã",
# "Bayern massacre le PSG au Parc", "thrashed the Knicks" is left to the sport words (session 17)
_SPORT_ROUT = re.compile(
    r"\b(?:massacra|massacrou|massacram|massacraram|masacra|masacro|masacraron|massacre|massacrent|ont massacre|"
    r"a massacre|massacres|massacred|goleia|goleou|golea|goleo|humilha|humilhou|humilla|humillo|atropela|atropelou)"
    r"\s+(?:o|a|al|el|le|la|l'|the)\s*(?!(?:populacao|poblacion|population|aldeia|aldea|village|vila|comunidade|"
    r"comunidad|communaute|community|familia|famille|family|povo|pueblo|peuple|people|crowd|multidao|multitud|foule)\b)"
    r"[a-z][a-z'-]*[a-rt-z]\s+(?:no|na|em|en|au|at|in|por|par|by|com|con|avec|with|\d)\b")
_FICTION_FRAME = re.compile(
    r"\bin the (?:video |computer |new )?(?:game|film|movie|novel|book|series|show|play|comic|episode)\b"
    r"|\bthe (?:new )?(?:film|movie|novel|book|series|show|play|game|thriller|documentary|drama|sequel) (?:follows|tells|"
    r"depicts|is about|opens|centres|centers|portrays|imagines|stars)\b|\bplayers (?:must|can|have to|need to)\b"
    r"|\b(?:le film|le roman|la serie) (?:raconte|suit|met en scene)\b|\b(?:la pelicula|la novela|la serie) (?:narra|cuenta|sigue)\b"
    r"|\b(?:o filme|o romance|a serie) (?:conta|narra|acompanha)\b"
    # session 17: "la nueva serie narra", "im Film", "nel film", "в фильме", "у фільмі", "filmde", "filmnya", "filamu",
    # "في الفيلم", Hindi "फिल्म में"/"फिल्म ने" and the box office, whoever acts in the story
    r"|\b(?:serie|series|novela|telenovela|filme|pelicula|minisserie|miniserie|documentario|documental)(?: [\w-]+){0,3} "
    r"(?:retrata|retratam|narra|narram|dramatiza)\b|\b(?:im|in dem) (?:neuen )?(?:film|roman)\b"
    r"|\bnel (?:nuovo )?(?:film|romanzo)\b|\bdans son (?:nouveau |dernier |premier )?(?:roman|livre|film)\b"
    r"|\bem seu (?:novo |ultimo |primeiro )?(?:romance|livro|filme)\b|\ben su (?:nueva |ultima |primera )?(?:novela|"
    r"pelicula)\b|\bin (?:his|her|their) (?:new |latest |debut )?(?:novel|book|film|memoir)\b|(?<!\w)(?:в|у) (?:новом |новому )?(?:фильме|фільмі|сериале|серіалі)\b"
    r"|\bfilm(?:de|inde)\b|\b(?:dalam )?film(?:nya)?\b (?:ini )?(?:mengisahkan|menceritakan)\b|\bkatika filamu\b"
    r"|في (?:ال)?فيلم|फिलम (?:में|ने)|बॉकस ऑफिस")  # Hindi as folded: "फिल्म में", "बॉक्स ऑफिस"


# a scene staged for a drill, whoever plays the attackers in it
_DRILL_FRAME = re.compile(r"\b(?:was|were|is|are) (?:all |just |only )?part of (?:a|an|the) (?:[\w-]+ ){0,3}?(?:drill|"
                          r"exercise|simulation)\b|\bfaisait partie d'un exercice\b|\bformaba parte de un simulacro\b|"
                          r"\bfazia parte de um (?:exercicio|simulado)\b")


def non_event_reason(folded: str, flags: dict[str, bool] | None = None) -> str | None:
    """Why a triggered sentence is not a violence event, or None when nothing says so."""
    if _HISTORICAL.search(folded):
        return "historical"
    if _animal_only(folded) and not (_has(folded, _CUES["destroy"]) and _has(folded, _ARMED)):
        return "animal"  # (not "gunmen killed 200 goats and set fire to houses": the burning is the event)
    if (_CUMULATIVE.search(folded) or _PERIOD_TOLL.search(folded)) and not _INCIDENT_TIME.search(folded):
        return "cumulative"
    actors_text = _unattributed(folded)
    if _scoreline(folded) and not _has(actors_text, _ACTORS):
        return "metaphor"
    if _SPORT_ROUT.search(folded):
        return "metaphor"  # "Flamengo massacra o Vasco no Maracanã": a team routed another (session 17)
    if _FICTION_FRAME.search(folded):
        return "fiction"  # "in the video game, players must kill as many soldiers as possible": actors of a story
    if _DRILL_FRAME.search(folded):
        return "exercise"  # "... held pupils hostage, but it was all part of a counter-terrorism drill" (session 16b)
    for reason in _DOMINANT:
        if reason == "cyber" and _HACKED_TO_DEATH.search(folded):
            continue  # "villagers were hacked to death"
        # the army is an exercise's own actor ("Армия провела учения"): only an armed group makes it an attack
        actors = _ARMED if reason == "exercise" else _ACTORS
        if _has(folded, _NON_EVENT[reason]) and (reason == "commemoration" or not _has(actors_text, actors)) \
                and not (reason == "metaphor" and _war_on_people(folded)):
            return reason
    for reason in ("accident", "disaster", "disease", "funeral"):
        if _has(folded, _NON_EVENT[reason]) and not _has(actors_text, _INTENT):
            return reason
    if _WARNED.search(folded) and not _has(folded, _CUES["kill"]) and not _DID_HARM.search(folded):
        return "threat"  # "officials warned of a possible attack", "militants were planning to target polling stations"
    if _has(folded, _NON_EVENT["seizure"]) and not _has(folded, _CUES["kill"]) and not _has(folded, _HARM) \
            and not _TERRITORY.search(folded) and not (flags and flags.get("abduct")) \
            and not (flags and flags.get("arrest") and not _has(folded, _CONTRABAND)):
        return "seizure"  # weapons found or seized: "32 unused grenades were recovered"
    if _has(folded, _NON_EVENT["petty_crime"]) and not _has(folded, _CUES["kill"]) and not _has(folded, _HARM):
        return "petty_crime"  # "police arrested a man for drunk driving"
    if _has(folded, _ARMS_DEAL) and not _has(folded, _CUES["kill"]) and not _DID_HARM.search(folded) \
            and not _has(folded, _WOUNDED) \
            and not (flags and any(flags.get(k) for k in ("abduct", "arrest", "protest", "riot", "displace", "sexual"))):
        return "arms_deal"  # "a $1.2 billion contract for 24 attack helicopters and guided missiles" (session 17)
    return None


# an attack warned of, planned or feared, not one that happened
_WARNED = re.compile(
    r"\bwarn(?:ed|s|ing)? (?:of|about|against) (?:a |an |the )?(?:possible |potential |imminent |planned |new |"
    r"fresh |further |likely |major )?(?:terror(?:ist)? )?(?:attacks?|strikes?|violence|unrest|bombings?)\b"
    r"|\b(?:were|was|are|is|had been) (?:planning|plotting|preparing) to (?:attack|target|strike|bomb|kill)\b"
    # "warned that armed groups could attack polling stations" (session 16)
    r"|\bwarn(?:ed|s|ing)? that (?:[\w'-]+ ){0,5}?(?:could|might|may|would|will|plan(?:ned)? to|intend(?:ed)? to) "
    r"(?:\w+ )?(?:attack|target|strike|bomb|kill|disrupt)\b"
    r"|\bno (?:incidents?|violence|attacks?) (?:had been|has been|have been|was|were) reported\b"
    # an air-raid alert, or the threat of a strike, is no strike (ru, uk): "оголошено повітряну тривогу через загрозу
    # ракетного удару", "угроза атаки беспилотников"
    r"|(?<!\w)(?:повітрян\w* тривог|воздушн\w* тревог)|(?<!\w)(?:загроз|угроз)\w* (?:\w+ )?(?:ракетн|удар|обстр|атак)"
    r"|\bmet en garde contre (?:une? |des )?(?:possibles? )?(?:attaques?|attentats?)|\balert(?:o|a|aron|ou|aram) "
    r"(?:de|sobre) (?:un |uma |posibles? |possiveis |possivel )?(?:ataques?|atentados?)"
    # a travel advisory: "advised against all travel to ... because of the risk of kidnapping", "a placé le nord du
    # Bénin en zone rouge, déconseillant formellement tout déplacement" (session 15b)
    r"|\btravel advisor|\badvis(?:ed|es|ing) against (?:all )?(?:but essential )?travel|\bzone rouge\b|\bdeconseill"
    r"|\brisk of (?:kidnapping|abduction|attacks?|terrorism)|\brisque (?:\w+ )?d'(?:enlevement|attentat|attaque)"
    r"|\briesgo (?:\w+ )?de (?:secuestro|atentado)|\brisco (?:\w+ )?de (?:sequestro|atentado)"
    r"|\bdesaconsej|\bdesaconselh|\breisewarnung")


_NEGATED = re.compile(
    r"\b(no one|nobody|no-one|none) (was|were|had been|has been|have been|got) (killed|hurt|harmed|injured|wounded|arrested)"
    r"|\bno (casualties|injuries|deaths|fatalities|arrests?|one hurt|loss of life)\b"
    r"|\bwithout (any )?(casualties|injuries|bloodshed|loss of life)"
    r"|\b(aucune|pas de|sans faire de) (victime|blesse)|personne n'a ete (tue|blesse)"
    r"|\bsin (victimas|heridos)|\bno hubo (victimas|heridos|muertos)|\bnadie resulto (herido|muerto)"
    r"|\bsem (vitimas|feridos)|\bnao houve (vitimas|feridos|mortos)|\bninguem ficou ferido"
    r"|لم يسفر عن (ضحايا|اصابات|إصابات)|دون (وقوع )?(ضحايا|اصابات|إصابات)"
    r"|\bnessun (ferito|morto)\b|\bnessuna vittima\b|\bnon ci sono (stati )?(feriti|vittime)\b"
    r"|\bgeen (doden|gewonden|slachtoffers)\b|\bniemand (raakte gewond|werd gedood|kwam om)\b"
    r"|\bnikt nie (zginał|został ranny|zostal ranny|ucierpiał)|\bbez ofiar\b|\bnie było ofiar\b"
    # session 17: id, sw, tr, ru, uk, de, hi: "tidak ada korban jiwa", "hakuna aliyeuawa", "can kaybı yok", "погибших
    # нет", "обійшлося без жертв", "keine Toten", "कोई हताहत नहीं"
    r"|\b(?:tidak ada|tanpa) korban(?: jiwa)?\b|\bhakuna (?:aliyeuawa|aliyefariki|aliyejeruhiwa|majeruhi|vifo)\b"
    r"|\bcan kaybı (?:yok|olmadı|bildirilmedi|yasanmadı)|\b(?:olen|yaralanan) olmadı"
    r"|(?<!\w)(?:погибших|пострадавших|жертв|загиблих|постраждалих) (?:нет|немає|не было|не було)(?!\w)"
    r"|(?<!\w)(?:никто не (?:погиб|пострадал)|ніхто не (?:загинув|постраждав)|без (?:жертв|пострадавших|постраждалих))(?!\w)"
    r"|\bkeine (?:toten|verletzten|todesopfer)\b|\bniemand wurde (?:getotet|verletzt)\b"
    r"|कोई (?:हताहत|घायल|मौत) नहीं")
# an act of violence reported in a past tense (with an armed actor, a stated report: RuleMatch.stated)
# territory taken: "rebels seized the town of Bunagana" is fighting, not a seizure of goods
_HELD_PLACE = (r"(?:control of )?(?:the |a )?(?:strategic |key )?(?:town|city|village|base|military base|airport|"
               r"capital|district)")
_TERRITORY = re.compile(r"\b(?:seized|seize|seizes|captured|capture|captures) " + _HELD_PLACE + r"\b")
_DID_HARM = re.compile(r"\b(?:fought|sono stati rapiti|e stato rapito|e stata rapita|sono stati uccisi|fueron secuestrad[oa]s|"
                       r"fue secuestrad[oa]|foram sequestrad[oa]s|foi sequestrad[oa]|ont ete enleves|a ete enleve|"
                       r"were kidnapped|was kidnapped|killed|shot dead|gunned down|hacked to death|(?:hacked|beat|beaten|stabbed|stoned|"
                       r"clubbed|bludgeoned) (?:[\w'-]+ ){1,3}?to death|beheaded|ambushed|attacked|stormed|abducted|"
                       r"(?:clashes|fighting|clashed|battles?) (?:[\w-]+ ){0,6}?(?:erupted|broke out)|"
                       r"kidnapped|hurled|lobbed|detonated|exploded|torched|set ablaze|set fire|opened fire|bombed|"
                       r"shelled|raided|massacred|butchered|lynched|overran|clashed|"
                       r"(?:recaptured|retook|seized|captured) " + _HELD_PLACE + r"|"
                       r"prennent le controle|ont pris le controle|s'emparent|se sont empares|toman el control|"
                       r"tomaron el control|tomaram o controle|"
                       r"hanno ucciso|ha ucciso|hanno rapito|ha rapito|hanno attaccato|ha attaccato|hanno assaltato|"
                       r"hanno dato alle fiamme|hanno aperto il fuoco|hanno sparato|hanno giustiziato|hanno massacrato|"
                       r"hanno fatto irruzione|hanno bombardato|hanno linciato|hanno preso il controllo|"
                       r"hebben gedood|heeft gedood|doodden|doodde|doodgeschoten|ontvoerden|hebben ontvoerd|heeft ontvoerd|"
                       r"vielen aan|hebben aangevallen|heeft aangevallen|openden het vuur|in brand gestoken|bestormden|"
                       r"gelyncht|zabili|zabił|zastrzelili|zastrzelił|porwali|porwał|uprowadzili|zaatakowali|zaatakował|"
                       r"podpalili|spalili|ostrzelali|otworzyli ogien|zamordowali|zlinczowali|zlinczował|zdobyli|ha linciato|"
                       r"heeft gelyncht|hebben gelyncht|"
                       # the Dutch perfect puts the object between: "heeft een bende zeventien missionarissen ontvoerd"
                       r"(?:heeft|hebben) (?:[\w'-]+ ){1,6}?(?:gedood|ontvoerd|doodgeschoten|aangevallen|vermoord|gelyncht|"
                       r"in brand gestoken|beschoten|afgeslacht|gebombardeerd))\b")
_ARMED = ("grupo armado", "grupos armados", "groupe arme", "groupes armes", "gruppo armato", "encapuzados",
          "encapuchados", "hommes cagoules", "faccao", "faccoes", "miliciens", "milicianos",
          "wanamgambo", "waasi", "'yan bindiga", "yan bindiga", "mahara$", "gunmen", "gunman", "militant", "jihadist", "rebel", "attacker", "assailant", "militia", "armed men",
          "maoist", "naxal", "fighters", "resistance forces", "armed gang", "gang members", "bandit", "separatist",
          "dissidents", "paramilitar", "guerrilla", "pistoleir", "pistoler", "terorist", "militan", "saldırgan",
          "armed group", "insurgent", "terrorist", "mob ", "hommes armes", "hombres armados", "homens armados", "مسلح",
          "боевик", "бойовик", "вооруженн", "озброєн", "uomini armati", "milizian", "ribelli", "banditi", "gewapende",
          "militie", "uzbrojen", "napastni", "bojowni", "bojowk", "terroryst", "dzihadyst", "bandyci",
          # an angry crowd, like English "mob "
          "folla inferocita", "folla infuriata", "woedende menigte", "boze menigte", "rozwscieczony tłum",
          "wsciekły tłum",
          # gangs ("bende", "banda armata"): Haiti's and Latin America's armed groups (English "gang" is also "gang rape")
          "een bende", "de bende", "bendes$", "bendeleden", "bendelid", "banda armata", "bande armate",
          # armed groups by name (the most active non-state groups in ACLED's data; session 16)
          "boko haram", "iswap", "islamic state", "al-shabaab", "al shabaab", "al-shabab", "abu sayyaf", "jnim",
          "anti-balaka", "houthi", "huthi", "taliban", "m23", "codeco", "arakan army", "clan del golfo", "farc", "eln$",
          "rapid support forces", "fano", "kkb", "pkk", "الحوثي", "داعش", "الشباب", "silahlı kisi", "silahlı grup",
          "kelompok bersenjata", "unknown men", "unidentified men", "unidentified gunmen", "hommes non identifies",
          "hombres desconocidos", "неизвестные", "невідомі", "watu wasiojulikana", "مستوطن", "settlers attacked", "settlers torched", "settlers set fire")
_SERIOUS = ("sexual", "abduct", "remote", "battle", "riot", "destroy", "displace")


# a sentence handed down. French, Spanish, Portuguese, Italian and German "condemn" is also "sentence", so there the
# verb counts only with its penalty ("a condamné X à la perpétuité", "condenó a 40 años", "condannato all'ergastolo",
# "zu lebenslanger Haft verurteilt"): "le gouvernement a condamné l'attaque qui a fait 12 morts" reports the attack
# (session 14); Russian "осудил" (condemned) neither, "приговорил" (sentenced) does
_CONVICTED = re.compile(
    r"\b(?:sentenced|convicted|found guilty|pleaded guilty|acquitted|jailed for (?:life|\S+ years))\b"
    r"|\bcondamn\w*\b[^,;.]{0,60}?\b(?:a|aux) (?:la |une |de la |de |des )?(?:perpetuite|reclusion|mort|prison|peine|"
    r"travaux|\S+ (?:ans|annees|mois)\b)"
    r"|\bconden\w*\b[^,;.]{0,60}?\ba (?:la |una |uma )?(?:cadena perpetua|prisao perpetua|muerte|morte|prision|prisao|"
    r"pena|\S+ (?:anos|meses)\b)"
    r"|\bcondann\w*\b[^,;.]{0,60}?\ba(?:ll'| |lla )(?:ergastolo|morte|pena|carcere|\S+ (?:anni|mesi)\b)"
    r"|\bzu[rm]? (?:[\w-]+ ){0,3}?(?:haft|freiheitsstrafe|jahren|todesstrafe|gefangnis)\b[^,;.]{0,40}?verurteil\w*"
    r"|\bverurteil\w*\b[^,;.]{0,60}?\bzu[rm]? (?:[\w-]+ ){0,3}?(?:haft|freiheitsstrafe|jahren|todesstrafe|gefangnis)\b"
    r"|(?<![^\W\d_])(?:приговорил\w*|приговорен\w*|осужден\w*|засудив\w*|засуджен\w*)"
    # an Arabic court that sentenced: "قضت محكمة عراقية بإعدام ثلاثة مدانين" (session 16c)
    r"|(?<!\w)(?:قضت|حكمت|اصدرت|أصدرت)\s+(?:\S+\s+){0,3}?(?:ب|بال)?(?:اعدام|إعدام|السجن|سجن|حكما|حكمًا)"
    # a jury or court that convicts for a past killing: "Júri condena policiais pela chacina de Osasco" (session 16b)
    r"|\b(?:juri|jurado|tribunal|justica|jury|court) (?:[\w-]+ ){0,2}?(?:condena|condenou|condenam|condeno|convicts|"
    r"convicted)\b")
_LEGAL = re.compile(
    r"\b(pleaded guilty|pleads guilty|threatening to|threatened to|threatens to|accused of|charged with|charges of"
    r"|convicted of|sentenced|on trial|indicted|faces charges|facing charges"
    r"|inculpe|condamne|accuse d|acusad[oa] de|condenad[oa]|acusad[oa] de|processad[oa]"
    r"|condannat[oaie]|accusat[oaie] di|processat[oaie]|veroordeeld|aangeklaagd|beschuldigd van|skazan\w*|oskarzon\w*)\b")


# a verdict, a sentence or a trial (en, fr, es, pt, it, de, ru, ar); not the words that also mean "condemn" ("a condamné
# l'attaque"), "process" ("processo di pace"), "opinion" ("a juicio de") or "directed" ("gegen Schiiten gerichtet")
_TRIAL = re.compile(
    r"\b(?:trial|verdict|tribunal|proces|cour d'assises|(?:el|un|del|al) juicio|veredicto|sentencia|julgamento|veredito|"
    r"sentenca|sentenza|tribunale|corte d'assise|prozess (?:gegen|um)|im prozess|urteil|gericht(?:e|es|s|shof)?)\b"
    r"|(?<![^\W\d_])(?:суд(?:а|у|ом|е|ы|ов|ебн\w*)?|приговор\w*)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:ال)?(?:محكمة|قضت|حكمت|بالإعدام|بالاعدام|بالسجن)(?!\w)")


# the past attack a trial is about, in a relative clause or a charge: "which killed 130 people", "in which 20 died",
# "for the 2015 attack", "for killing 20 people", "qui avait fait 130 morts", "que dejó 20 muertos", "che aveva ucciso",
# "bei dem 12 Menschen getötet wurden", "в результате которого погибли", "الذي أسفر عن مقتل"; the clause ends at a comma
# or at the main clause's verb ("the man who killed 20 people was sentenced")
_TAIL = (r"(?:(?!\b(?:was|were|is|are|has|have|had|will|went|goes|opened|opens|began|begins|ended|ends|s'est|est|sont|"
         r"ont ete|a ete|fue|fueron|foi|foram|sono|e stato|e stata|wurde|wurden|ist|hat|haben)\b)[^,;])*")
_PAST_HARM = re.compile(
    r"\b(?:which|that|who|in which|during which|where)\s+(?:[\w'-]+\s+){0,4}?(?:(?:were|was|had been|have been|"
    r"has been|had)\s+)?(?:killed|left|claimed|wounded|injured|died|cost|murdered|massacred|slaughtered)\b" + _TAIL +
    r"|\b(?:for|over|of|in connection with)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:killings?|murders?|massacres?|attacks?|bombings?|assassination|deaths?|shootings?|slayings?|killing|murdering|"
    r"massacring|attacking)\b" + _TAIL +
    r"|\b(?:qui|que|che|dont)\s+(?:[\w'-]+\s+){0,3}?(?:avait|a|ont|avaient|dejo|dejaron|causo|mato|mataron|costo|"
    r"deixou|deixaram|causou|matou|vitimou|aveva|hanno|ha|uccise|causo)\b" + _TAIL +
    r"|\b(?:dans|en|no|na|in|nel|nella)\s+(?:lequel|laquelle|lesquels|lesquelles|el que|la que|los que|las que|qual|"
    r"quale|cui)\s" + _TAIL +
    r"|\b(?:pour|por|pelo|pela|per)\s+(?:le |la |l'|les |el |los |las |o |a |os |as |il |lo |gli |l')?(?:[\w'-]+\s+){0,2}?"
    r"(?:meurtre|assassinat|massacre|attentat|attaque|tuerie|asesinato|masacre|atentado|ataque|matanza|homicidio|"
    r"assassinato|chacina|omicidio|strage|attentato|avoir tue|haber matado|matar|ter matado|aver ucciso)\b" + _TAIL +
    r"|\b(?:bei|nach)\s+(?:dem|der|denen)\s" + _TAIL + r"|\b(?:der|die|das)\s+(?:[\w'-]+\s+){0,4}?(?:totete|toteten|"
    r"kostete)\b" + _TAIL + r"|\b(?:fur|wegen)\s+(?:den|das|die|des)\s+(?:[\w'-]+\s+){0,2}?(?:anschlag|mord|massaker|"
    r"angriff)\w*" + _TAIL +
    r"|(?<![^\W\d_])(?:в результате котор\w+|котор\w+ (?:унес|унесл)\w*|жертвами котор\w+|за убииств\w*|"
    r"за теракт\w*|по делу о)[^,;]*"
    r"|(?<![^\W\d_])(?:الذي|التي|الذين)\s+(?:[أا]سفر|[أا]سفرت|[أا]ودى|[أا]ودت|خلف|خلفت|قتل|قتلت)[^،,;]*"
    r"|(?<![^\W\d_])بتهمة[^،,;]*")


def _verdict_on_past_attack(folded: str) -> bool:
    """A verdict, sentence or trial is the main clause, and the killing is told only in a relative clause or a charge
    about the past attack: "A court sentenced X to life for the 2015 bombing which killed 20 people", "Le procès
    de l'attentat qui avait fait 86 morts s'est ouvert", "condenado por la masacre que dejó 20 muertos"."""
    if not (_TRIAL.search(folded) or _CONVICTED.search(folded)):
        return False
    blank = lambda m: " " * len(m.group(0))
    masked = _PAST_HARM.sub(blank, folded)
    if masked == folded or not (_TRIAL.search(masked) or _CONVICTED.search(masked)):
        return False
    masked = _CONVICTED.sub(blank, _TRIAL.sub(blank, masked))  # "sentenced to execution", "بالإعدام": no killing
    return not (_has(masked, _CUES["kill"]) or _DID_HARM.search(masked) or _STRUCK.search(masked))


def legal_only(folded: str, flags: dict[str, bool], has_count: bool) -> bool:
    """A court case, charge, accusation or threat ("pleaded guilty to threatening to murder an
    official", "was accused of rape") with no number of victims and no armed group: a legal
    proceeding, not a report of violence that just happened. Soldiers, police or militias "accused
    of killing civilians" stay events."""
    if _CONVICTED.search(folded) and not _DID_HARM.search(folded):
        return True  # "a condamné trois chefs anti-balaka ... pour le massacre de Bangassou": a verdict, counted or not
    if _verdict_on_past_attack(folded):
        return True  # "... sentenced to life for the 2015 bombing which killed 20 people" (session 14)
    # (a mob that lynched a man "accused of stealing children" is no court case)
    if has_count or flags.get("remote") or flags.get("battle") or flags.get("riot") or not _LEGAL.search(folded):
        return False
    return not _has(folded, _ACTORS)


def negated_only(folded: str, flags: dict[str, bool], has_count: bool) -> bool:
    """"No one was hurt", "no arrests have been made", "sin víctimas": the sentence says the harm did
    not happen, states no number and names no armed group or serious act, so it is no event."""
    if has_count or any(flags.get(k) for k in _SERIOUS) or not _NEGATED.search(folded):
        return False
    blanked = _NEGATED.sub(lambda m: " " * len(m.group()), folded)
    if any(_has(blanked, _CUES[k]) for k in ("arrest", "abduct", "protest", "displace")):
        return False  # "raided the district and arrested 17 wanted men, with no injuries" (session 17)
    return not _has(folded, _ARMED)


@dataclass(frozen=True)
class RuleMatch:
    type: str
    sub_type: str | None
    strength: float  # 0..1: how clearly the words alone say "violence event"
    # the sentence states what happened: a protest, displacement or arrest with its size and cause or actor
    # (``_stated_strength``), a killing or explosion by an armed actor in a past tense (``_armed_report``);
    # such a report is held to the model's own threshold, not the English speech-register one (MODEL_CARD.md)
    stated: bool = False


def type_sentence(folded: str, flags: dict[str, bool], fatalities: int | None,
                  displaced: int | None = None, abducted: int | None = None) -> RuleMatch | None:
    """The taxonomy type of a triggered sentence (see docs/events.md), or None."""
    flags = _street_weapons_and_causes(folded, flags)
    if flags["kill"] and fatalities is None and _NEGATED.search(folded) \
            and not _has(_NEGATED.sub(lambda m: " " * len(m.group()), folded), _CUES["kill"]):
        # the only death word is denied: "tidak ada korban jiwa", "погибших нет" (session 17)
        flags = {**flags, "kill": False}
    # "nobody was reported killed" counts zero dead: no killing
    killed = (flags["kill"] and fatalities != 0) or bool(fatalities)
    if flags["sexual"]:
        # "gang members raped at least 10 women during an incursion": an armed actor's act, stated (session 15b)
        return RuleMatch("sexual_violence", "sexual_violence", 0.9, stated=_has(folded, _ARMED) and bool(
            _RAPED.search(folded)))
    # "More than 3,000 people have fled Ancuabe after insurgents beheaded villagers": a counted flight told first,
    # with no count of the dead, is the news (session 16)
    if (not killed or fatalities is None) and flags["displace"] and _flight_is_news(folded, displaced) \
            and not (flags["arrest"] and _arrest_leads(folded)):
        # (not "Security services detained 19 men ..., several taken from their homes after midnight": session 17)
        return RuleMatch("displacement", "forced_displacement", 0.85, stated=True)
    if killed and flags["abduct"] and abducted and fatalities and abducted >= 5 and 3 * fatalities <= abducted \
            and not flags["remote"] and not flags["battle"] and not _combatant_victims(folded):
        # "gunmen abducted at least 35 passengers ... and shot dead a driver who tried to flee": the abduction is
        # the news, the killing part of it (session 15b)
        return RuleMatch("abduction", "abduction_forced_disappearance", 0.85, stated=_armed_report(folded))
    armed = _armed_report(folded)
    if flags["remote"] and (killed or flags["attack"] or flags["destroy"] or flags["battle"]):
        # a strike that killed someone counted ("Tel Rıfat'tan atılan roketler ... bir kişi hayatını kaybetti") is a
        # report whoever fired (session 17)
        return RuleMatch("remote_violence", _remote_sub_type(folded), 0.9, stated=armed or bool(fatalities))
    if killed:
        match = _killing_type(folded, flags, fatalities)
        # an exchange of fire that killed is fighting that took place, whoever fired ("both the groups opened
        # firing on each other that resulted in killing of ...")
        return replace(match, stated=(armed or bool(_FIREFIGHT.search(folded))) and match.strength >= 0.8)
    return _other_type(folded, flags, displaced)


# crowd-control weapons are no remote violence: tear-gas canisters ("bombas de gás lacrimogêneo", "mabomu ya machozi",
# "आंसू गैस के गोले"), stun grenades; nor are petrol bombs and Molotov cocktails thrown in a riot or protest (one hurled
# at a house is still an attack) (session 16)
_CROWD_CONTROL = re.compile(
    r"\b(?:tear[- ]?gas|stun|smoke|sound|flash) (?:bombs?|grenades?|shells?|canisters?)\b"
    r"|\b(?:bombs?|grenades?|shells?|canisters?) (?:of )?tear[- ]?gas\b"
    r"|\b(?:bombas?|granadas?|grenades?|bombes?|granate) (?:de |di |ad )?(?:gas |gaz )?(?:lacrimogen\w*|lacrymogen\w*|"
    r"atordoamento|aturdimiento|efecto moral|efeito moral|assourdissante\w*|desencerclement)"
    r"|\bmabomu ya machozi\b|\bbomu la machozi\b|गैस के गोले|गैस के गोलों|\bgas air mata\b")
_STREET_WEAPON = re.compile(
    r"\b(?:petrol|molotov|fire|gasoline|crude|country-made|country made|desi) (?:bombs?|cocktails?)\b|\b(?:bombas?|bombes?) (?:molotov|incendiari\w*)\b"
    r"|\b(?:cocktails?|coqueteis|coquetel|cocteles|coctel|bottiglie) molotov\b|\bbom molotov\b|\bmolotof\b")


# an arrest that set off the unrest is not what the sentence reports: "ont incendié le commissariat après l'arrestation
# d'un commerçant", "riots after the arrest of an opposition leader"
_ARREST_AS_CAUSE = re.compile(
    r"\b(?:apres|suite a|a la suite de|after|following|over|tras|despues de|apos|depois d[aoe]|nach|dopo)\s+"
    r"(?:l'|la |le |the |his |her |their |el |o |a |der |den |die |dem |il |lo )?(?:arrestation|interpellation|arrest|"
    r"detention|detencion|captura|prisao|detencao|festnahme|verhaftung|arresto)\b"
    # ru, uk, tr (session 17): "после задержания местного жителя", "після затримання", "gözaltına alınmasının ardından"
    r"|(?<!\w)(?:после|после того как|из-за|після|через) (?:задержани|ареста|арешту|затриманн)\w*"
    r"|\bgozaltına alınmasının ardından|\btutuklanmasının ardından")


def _street_weapons_and_causes(folded: str, flags: dict[str, bool]) -> dict[str, bool]:
    """``flags`` without a strike flag raised only by tear gas, stun grenades or petrol bombs, and without an arrest
    flag raised only by the arrest that set the unrest off."""
    blank = lambda m: " " * len(m.group())
    if flags["remote"] and (_CROWD_CONTROL.search(folded) or _STREET_WEAPON.search(folded)):
        masked = _CROWD_CONTROL.sub(blank, folded)
        if flags["riot"] or flags["protest"] or (flags["battle"] and _CIVILIAN_SIDES.search(folded)):
            masked = _STREET_WEAPON.sub(blank, masked)
        if not _has(masked, _CUES["remote"]):
            flags = {**flags, "remote": False}
    if flags["arrest"] and _ARREST_AS_CAUSE.search(folded) and \
            not _has(_ARREST_AS_CAUSE.sub(blank, folded), _CUES["arrest"]):
        flags = {**flags, "arrest": False}
    return flags


_RAPED = re.compile(r"\b(?:rapes? (?:committed |carried out )?by|viols? commis par|violaciones cometidas por|"
                    r"estupros cometidos por|raped|gang-raped|gang raped|sexually assaulted|violaron|violentaron|ont viole|violaram|"
                    r"estupraram|vergewaltigt\w*|изнасиловал\w*|зґвалтува\w*|اغتصب\w*|walibaka|wamebaka)")
# a cause named before the violence: "because of constant shelling", "fleeing attacks", "через постійні обстріли"
_CAUSE_BEFORE = re.compile(r"(?:because of|due to|owing to|amid|fleeing|escaping|after fleeing|fuyant|a cause d(?:e|es|u)|"
                           r"en raison d(?:e|es|u)|huyendo de|debido a|por causa d(?:e|os|as)|fugindo d(?:e|os|as)|"
                           r"через|из-за|после|внаслідок|wegen|на фоне)\s+(?:[\w'-]+\s+){0,3}?$")
# the violence as the subject that forced people out: "attacks around Macomia have forced 30,000 people from their homes"
_FORCED_OUT = re.compile(r"\b(?:have|has|had)?\s*(?:forced|forces|driven|pushed|ont force|ont contraint|oblige|obligaron|"
                         r"obliga|obrigou|obriga|han obligado|"
                         r"forcaram|obrigaram|вынудили|змусили)\b")


_CROSSED = re.compile(r"\b(?:crossed|ont franchi|ont traverse|cruzaron|atravessaram|cruzaram|se sont refugies|"
                      r"se refugiaron|se refugiaram)\b|(?<![^\W\d_])(?:виіхали|выехали|покинули|залишили|перебрались)")


_FLIGHT_OVER_YEARS = re.compile(r"\b(?:since|depuis|desde|seit) (?:19|20)\d\d\b|\b(?:worldwide|around the world|globally|"
                                r"homeland|dans le monde|en el mundo|no mundo)\b")


def _flight_is_news(folded: str, displaced: int | None) -> bool:
    """A counted flight (100 or more) is what the sentence reports and the violence its cause: the flight is told
    first ("12,000 people crossed into Chad after fleeing attacks"), the violence is named as the cause ("because of
    constant shelling 600 people left", "через постійні обстріли ... виїхали"), or the violence forced them out
    ("attacks have forced 30,000 people from their homes") (session 15b)."""
    if not displaced or not 100 <= displaced <= 2_000_000 or not (_FLED.search(folded) or _CROSSED.search(folded)) \
            or _FLIGHT_OVER_YEARS.search(folded):
        # "refugees fleeing conflicts must brave the cold": no flight that took place; "three million have fled their
        # homeland since 2015", "65 million people displaced worldwide": no incident
        return False
    flight = _search(folded, _CUES["displace"])
    violence = [m for m in (_search(folded, _CUES[key]) for key in ("attack", "remote", "battle")) if m is not None]
    if flight is None:
        return False
    if not violence:
        return True
    first = min(violence, key=lambda m: m.start())
    if flight.start() < first.start() or _CAUSE_BEFORE.search(folded, 0, first.start()):
        return True
    forced = _FORCED_OUT.search(folded, first.end())
    return forced is not None and forced.start() < flight.start()


_FIREFIGHT = re.compile(r"\b(?:(?:firing|fire|fired) on each other|exchanges? of (?:heavy )?fire|exchanged (?:heavy )?fire|gun ?fight|gun battle|"
                        r"shoot-?out|fire ?fight|echange de tirs|intercambio de disparos|troca de tiros|"
                        r"scontro a fuoco|conflitto a fuoco|vuurgevecht|wymian\w* ognia|strzelanin\w*)\b")


def _armed_report(folded: str) -> bool:
    """An armed actor and a past-tense act of violence: "militants killed a couple in Chirang District", not
    "terrorists kill innocent people" (a speech's general statement)."""
    return _has(folded, _ARMED) and (bool(_DID_HARM.search(folded)) or _has(folded, _DID_HARM_HI_ID))


def _killing_type(folded: str, flags: dict[str, bool], fatalities: int | None) -> RuleMatch:
    if flags["protest"] and (flags["battle"] or (flags["destroy"] and _PROTESTERS_VIOLENT.search(folded))):
        return RuleMatch("riot", "violent_demonstration", 0.8)
    if _EXECUTED.search(folded):
        # "government soldiers executed eleven young men in Merawi after a fierce firefight": a killing of captives
        # (session 16)
        return RuleMatch("violence_against_civilians", "attack", 0.85)
    if ((flags["battle"] and (_COMMUNAL_SIDES.search(folded) or _has(folded, _COMMUNAL_HI_ID)))
            or _FEUD.search(folded)) and not _has(folded, _ARMED):
        # "Hindu and Muslim groups clashed in Nuh after a procession", "rival communities clashed": communal
        # violence by crowds, not armed groups fighting
        return RuleMatch("riot", "mob_violence", 0.8)
    if flags["battle"] and not _has(folded, _ARMED) and not _combatant_victims(folded) and not _AMBUSH.search(folded) \
            and (_CIVILIAN_SIDES.search(folded) or _has(folded, _CIVILIAN_SIDES_HI_ID)):
        # "clashes between police and supporters of the opposition left three dead", "youths fought running battles",
        # "coca growers clashed with police ...; one protester died" (police named is no armed side: session 16c)
        return RuleMatch("riot", "mob_violence", 0.8)
    if flags["battle"] and _PRISON.search(folded):
        # "118 inmates were killed in fighting between rival gangs at the penitentiary": a prison riot
        return RuleMatch("riot", "mob_violence", 0.8)
    if flags["riot"] and _has(folded, _MOB) and \
            not (flags["battle"] and _has(folded, _ARMED_GROUPS)):
        # "thirteen police officers were killed when a mob attacked the police station": the mob did it; so too
        # "Clashes erupted when a mob tried to loot weapons ...; two people were killed" (session 16)
        return RuleMatch("riot", "mob_violence", 0.85)
    if flags["battle"] and (_CIVILIANS_KILLED.search(folded) or _CIVILIANS_KILLED_HI_ID.search(folded)) \
            and not _combatant_victims(folded) and not _MIXED_DEAD.search(folded):
        # "22 civilians were killed after anti-balaka militiamen overran the neighbourhood": the dead are civilians
        return RuleMatch("violence_against_civilians", "attack", 0.8)
    if flags["battle"] or (flags["combatant"] and not flags["protest"] and _combatant_victims(folded)):
        return RuleMatch("battle", "armed_clash", 0.85)
    if flags["riot"]:
        return RuleMatch("riot", "mob_violence", 0.85)
    if _POLICE_OPERATION.search(folded) and (_OUTLAWS.search(folded) or _POLICE_HURT.search(folded)
                                             or _FIREFIGHT.search(folded)):
        # "Operação policial no Complexo do Alemão terminou com oito mortos e três policiais feridos": police against
        # an armed gang, a battle in ACLED's terms (session 16)
        return RuleMatch("battle", "armed_clash", 0.8)
    if _military_target(folded) and _has(folded, _ARMED) and not flags["protest"]:
        # "هاجم مسلحون نقطة تفتيش ... مقتل أربعة من عناصر الحشد": an armed group against a post (session 16)
        return RuleMatch("battle", "armed_clash", 0.8)
    sub = "massacre" if _has(folded, ("massacr", "slaughter", "مجزرة", "مذبحة", "chacina", "tuerie", "strage", "stragi$",
                                      "eccidi", "trucidat", "bloedbad", "slachtpartij", "afgeslacht", "masakr", "rzez")) \
        else "attack"
    return RuleMatch("violence_against_civilians", sub, 0.8 if fatalities or flags["attack"] else 0.6)


# a killing of captives by the forces that hold them (session 16)
_EXECUTED = re.compile(r"\b(?:soldiers|troops|army|police|policemen|security forces|forces|militiamen|fighters|gunmen|"
                       r"militants|rebels|jihadists|soldats|militaires|soldados|militares)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:summarily\s+|extrajudicially\s+)?(?:executed|ont execute|executaram|ejecutaron)\b")
# civilians among combatants' dead: "four soldiers and seven civilians caught in the crossfire were killed", "sei
# morti, tra cui due civili", "caught in the crossfire": the fighting is the event (session 16)
_MIXED_DEAD = re.compile(
    r"\b(?:soldiers?|troops|fighters|militants|rebels|militiamen|policemen|officers|combatants|insurgents|jihadists|"
    r"soldats|militaires|soldados|militares|combattants|miliziani|militari|военных|боевиков|віиськових)\s+(?:and|et|y|e|"
    r"и|і|та)\s+(?:\w+\s+)?(?:civilians|civils|civiles|civis|civili|мирных|мирних|цивільних)\b"
    r"|\b(?:including|among them|dont|parmi eux|entre ellos|entre eles|tra cui|fra cui|di cui|darunter|в том числе|серед них)"
    r"\s+(?:\w+\s+)?(?:civilians|civils|civiles|civis|civili|zivilisten|мирных|мирних)\b"
    r"|\bcaught in (?:the )?cross-?fire\b|\bpris entre deux feux\b|\bfuego cruzado\b|\bfogo cruzado\b|\bfuoco incrociato\b")
# civilians killed, in Hindi and Indonesian: "सात यात्रियों की मौत", "warga sipil tewas"
_CIVILIANS_KILLED_HI_ID = re.compile(_fold_pattern(
    r"(?:यात्रियों|तीर्थयात्रियों|श्रद्धालुओं|नागरिकों|ग्रामीणों|मजदूरों|बच्चों|महिलाओं)\s+(?:\S+\s+){0,2}?(?:की\s+)?(?:मौत|हत्या)"
    r"|\b(?:warga sipil|warga|penduduk|pengungsi)\s+(?:\S+\s+){0,2}?(?:tewas|terbunuh|dibunuh)\b"))
# police against a gang: an operation or raid with the gang, police hurt or an exchange of fire named (session 16)
_POLICE_OPERATION = re.compile(r"\b(?:operacao (?:policial|da policia|militar|da pm|das policias)|operativo (?:policial|"
                               r"militar)|police (?:operation|raid)s?|operation by (?:the )?police|operation policiere|"
                               r"operazione di polizia|polizeieinsatz)\b")
_OUTLAWS = re.compile(r"\b(?:traficantes|narcotraficantes|faccao|faccoes|criminosos|bandidos|gangs?|gangsters|pandill\w+|"
                      r"cartel|sicarios|suspeitos|milicianos|narcos|gang members)\b")
_POLICE_HURT = re.compile(r"\b(?:policiais|policias|policiers|police officers|policemen|officers|agentes|agents|pms?)\s+"
                          r"(?:\w+\s+)?(?:ficaram |foram |resultaron |were |ont ete |sont )?(?:feridos|heridos|blesses|"
                          r"injured|wounded|baleados)\b")


# a crowd that did it: a mob, an angry crowd
_MOB = ("mob ", "mobs", "angry crowd", "turba", "foule")
# an ambush is no crowds' clash: "four peasant farmers were killed in an ambush" (session 16c)
_AMBUSH = re.compile(r"\b(?:ambush\w*|embuscade|emboscad\w*|imboscat\w*|hinterhalt)\b|(?<!\w)(?:засад\w*|كمين)")


_PRISON = re.compile(r"\b(?:prison|penitentiar|jail|inmates|prisoners|presidio|penitenciari|carcel|reos|detenus|"
                     r"maison centrale|gefangnis|haftlinge|тюрьм|колони)")
_COMMUNAL_SIDES = re.compile(r"\b(?:hindus?|muslims?|christians?|sikhs?|buddhists?) (?:and|or) (?:hindus?|muslims?|christians?|"
                             r"sikhs?|buddhists?)(?: groups| communities| mobs| crowds| residents| villagers| youths)?\b"
                             r"|\b(?:rival|two) (?:communities|religious groups) (?:clashed|fought)"
                             # "clashes between two communities in Nuh", "violence between rival castes"
                             r"|\b(?:clash(?:es)?|fighting|violence) between (?:two|rival) (?:communities|families|castes|"
                             r"religious groups)\b"
                             r"|\bcommunal (?:clash|violence|riot)")

# clans, tribes and villages that fought: "clashes between rival clans in Enga", "tribal fighting", "a clash between
# the villagers of two villages", "نزاع عشائري" (a tribal dispute) (session 15b)
_FEUD = re.compile(r"\b(?:rival|two|warring|neighbou?ring) (?:clans|tribes|villages)\b|\b(?:clan|tribal|intercommunal|"
                   r"inter-communal|intertribal|inter-clan|interethnic|inter-ethnic) (?:clash|fight|violence|feud|war|"
                   r"conflict)|\bintercommunautaire|\bentre (?:deux|les) (?:villages|clans|tribus)\b|\bconflits? "
                   r"(?:tribal|tribaux)|\bentre (?:dos|las) (?:comunidades|tribus|clanes)\b|\bentre (?:duas|as) "
                   r"(?:comunidades|aldeias|tribos)\b|عشائري|عشيرتين|بين عشيرة|نزاع قبلي|اشتباكات قبلية|"
                   r"между жителями (?:соседних|двух)|межэтническ|межнациональн|между (?:двумя )?(?:селами|сел|деревнями)|"
                   r"між жителями (?:сусідніх|двох)")
_PROTESTERS_VIOLENT = re.compile(r"\b(?:threw|throwing|hurled|hurling|pelted|pelting|lobbed) (?:[\w-]+ ){0,2}?(?:stones|rocks|"
                                 r"bricks|petrol bombs|molotov cocktails|projectiles)|\bstone[- ]pelting\b|\b(?:stormed|"
                                 r"torched|set fire to|set ablaze|smashed|ransacked|looted|vandali[sz]ed|burned down|"
                                 r"burnt down)\b|jete des pierres|lanzaron piedras|atiraram pedras|"
                                 r"اضرم|أضرم|احرقوا|أحرقوا|اقتحموا|رشقوا|"
                                 r"lanciato (?:pietre|sassi|bottiglie|oggetti|bombe carta)|lanciando (?:pietre|sassi|"
                                 r"bottiglie|oggetti)|hanno assaltato|hanno saccheggiato|incendiad[oa]s|saquead[oa]s|"
                                 r"gooiden (?:met )?stenen|bekogelden|rzucali kamieniami|obrzucili")
_CIVILIAN_SIDES = re.compile(r"\b(?:fans|supporters|hooligans|students|youths|protesters|demonstrators|residents|"
                             r"протестувальник\w*|протестующ\w*|демонстрант\w*|мітингувальник\w*|митингующ\w*|"
                             r"herders|farmers|pastoralists|growers|cultivadores|cocaleros|eleveurs|agriculteurs|"
                             r"محتجين|المحتجين|محتجون|متظاهرين|المتظاهرين|متظاهرون|مشجعين|انصار|"
                             r"villagers|traders|rival groups of|supporteurs|hinchas|torcedores|manifestants|tifosi|"
                             r"ultras|studenti|manifestanti|abitanti|supporters|betogers|demonstranten|studenten|kibice|"
                             r"kibicow|studenci|demonstranci|"
                             # session 17: supporters, youths and residents in it, fr, es, pt, de, id, sw, tr, ru, uk, ar
                             r"sostenitori|giovani|jeunes|jovenes|jovens|manifestantes|comuneros|"
                             r"anhanger|jugendliche|pemuda|mahasiswa|wafuasi|vijana|taraftar\w*|"
                             r"gostericiler\w*|ogrenciler\w*|молодеж\w*|молод[ьі]|болельщик\w*|уболівальник\w*|"
                             r"الشبان|شبان)\b")


def _other_type(folded: str, flags: dict[str, bool], displaced: int | None) -> RuleMatch | None:
    """Types without a killing: protest met with force, then the first flag in a fixed order."""
    if flags["protest"] and _PROTESTERS_VIOLENT.search(folded) and not _has(folded, _ARMED):
        # "protesters threw stones at the embassy", "protesters stormed the parliament": ACLED's violent demonstration
        return RuleMatch("riot", "violent_demonstration", 0.75, stated=True)
    if flags["protest"] and flags["battle"] and not _has(folded, _ARMED) \
            and (_CIVILIAN_SIDES.search(folded) or _has(folded, _CIVILIAN_SIDES_HI_ID)):
        # "protesters and police clashed in Santiago, leaving dozens injured", "प्रदर्शनकारियों और पुलिस के बीच झड़प":
        # protesters who fought are a violent demonstration, whatever force the police used (session 15)
        return RuleMatch("riot", "violent_demonstration", 0.75, stated=True)
    if flags["arrest"] and (flags["battle"] or flags["riot"] or flags["destroy"]) and _ARRESTED_AFTER.search(folded):
        # "police arrested 12 people after communal violence in Nuh", "militares detiveram dois ministros após
        # confrontos": the arrests are the news, the unrest their cause (session 16)
        return RuleMatch("arrest", "arrest", 0.6, stated=_stated_strength("arrest", folded, flags, displaced) is not None)
    if flags["protest"] and flags["arrest"] and _BEFORE_PROTEST.search(folded):
        return RuleMatch("arrest", "arrest", 0.6)  # "arrested 1,000 activists ahead of the rally": no protest yet
    if flags["protest"] and flags["arrest"] and not (_attack_beyond_injury(folded, flags) or flags["riot"] or
                                                     flags["destroy"]) and _arrest_leads(folded):
        # "police detained more than 1,300 people at anti-war protests", "La police a interpellé une quarantaine de
        # militants": the arrests are what the sentence reports, the protest is where (or why) they happened
        return RuleMatch("arrest", "arrest", 0.6)
    if flags["protest"] and (flags["attack"] or flags["arrest"]) and not (flags["riot"] or flags["destroy"]) \
            and _has(folded, _STATE_FORCE):
        # "police fired tear gas at demonstrators", "detained 20 protesters": ACLED's protest with intervention
        # (gunmen firing at a rally are an attack on civilians)
        return RuleMatch("protest", "protest_with_intervention", 0.6)
    if flags["battle"] and (_COMMUNAL_SIDES.search(folded) or _FEUD.search(folded) or _has(folded, _COMMUNAL_HI_ID)) \
            and not _has(folded, _ARMED):
        # "communal clashes erupted in Nuh", "clan fighting in Enga": crowds of one community against another
        return RuleMatch("riot", "mob_violence", 0.75)
    if flags["battle"] and not flags["combatant"] and not _has(folded, _ARMED) and not _AMBUSH.search(folded) and (
            _CIVILIAN_SIDES.search(folded) or _has(folded, _CIVILIAN_SIDES_HI_ID)):
        # "clashes between football fans", "students clashed with police": crowds, not armed groups, fought
        return RuleMatch("riot", "violent_demonstration" if flags["protest"] else "mob_violence", 0.75)
    if flags["riot"] and flags["battle"] and _has(folded, _MOB) \
            and not _has(folded, _ARMED_GROUPS):
        # "mobs set vehicles on fire and clashed with security forces": a riot, not a battle (session 16b)
        return RuleMatch("riot", "mob_violence", 0.75, stated=True)
    if flags["destroy"] and flags["displace"] and not (displaced and displaced >= 100) and _has(folded, _ARMED):
        # "Jihadists torched the market and about 60 huts; residents had fled beforehand": the burning (session 16)
        return RuleMatch("destruction", "looting_property_destruction", 0.75, stated=True)
    if flags["displace"] and flags["attack"] and _armed_report(folded):
        # "residents fled after gunmen stormed the village": the attack is the event, the flight its result; but
        # "more than 7,000 people fled their homes after insurgents attacked nearby villages" reports the flight
        # (counted, and told first), and "armed men set fire to 200 houses, forcing residents to flee" the burning
        flight = _search(folded, _CUES["displace"])
        attack = _ATTACK_VERB.search(folded)
        if displaced and displaced >= 100 and flight and (attack is None or flight.start() < attack.start()):
            return RuleMatch("displacement", "forced_displacement", 0.85, stated=True)
        if flags["destroy"] and attack is None:
            return RuleMatch("destruction", "looting_property_destruction", 0.75, stated=True)
        return RuleMatch("riot", "mob_violence", 0.75, stated=True) if flags["riot"] else \
            RuleMatch("violence_against_civilians", "attack", 0.75, stated=True)
    if flags["attack"] and _military_target(folded) and _has(folded, _ARMED) and not flags["protest"]:
        # "ISWAP fighters attacked a military base in Marte": an armed group against the army is a battle
        return RuleMatch("battle", "armed_clash", 0.75, stated=True)
    if flags["arrest"] and flags["displace"] and _arrest_leads(folded):
        # "Security services detained 19 men ..., several taken from their homes after midnight": the arrests are
        # the news (session 17)
        return RuleMatch("arrest", "arrest", 0.6, stated=_stated_strength("arrest", folded, flags, displaced) is not None)
    ordered = (("abduct", "abduction", "abduction_forced_disappearance", 0.85),
               ("displace", "displacement", "forced_displacement", 0.6),
               ("battle", "battle", "armed_clash", 0.7),
               ("riot", "riot", "mob_violence", 0.75),
               ("arrest", "arrest", "arrest", 0.6),
               ("destroy", "destruction", "looting_property_destruction", 0.55),
               ("attack", "violence_against_civilians", "attack", 0.55),
               ("remote", "remote_violence", None, 0.5),
               ("protest", "protest", "peaceful_protest", 0.5))
    for flag, type_, sub, strength in ordered:
        if flags[flag]:
            stated = _stated_strength(type_, folded, flags, displaced)
            # displacement is a stated report only with a flight that took place ("fled", "were forced")
            is_stated = stated is not None and (type_ != "displacement" or bool(_FLED.search(folded)))
            return RuleMatch(type_, sub if type_ != "remote_violence" else _remote_sub_type(folded),
                             strength if stated is None else stated, stated=is_stated)
    return None


_FORCE_USED = ("tear gas", "teargas", "rubber bullets", "water cannon", "baton", "lathi", "charged",
               "الغاز المسيل للدموع", "غاز مسيل للدموع", "gaz lacrymogene", "gases lacrimogenos", "gas lacrimogeno",
               "gas lacrimogenio", "tranengas", "слезоточив", "lacrimogen", "idranti", "manganell", "traangas",
               "waterkanon", "wapenstok", "gaz łzawiac", "armatki wodne", "armatek wodnych", "pałk", "dispers",
               "disolv", "разогна", "розігна")


_INJURY_WORDS = ("wounded", "injured", "blesse", "herid", "feridos", "ferid", "ранен", "поранен", "جرحى", "جريح",
                 "إصابة", "مصاب", "ferit", "gewond", "verletzt", "ranny$", "ranni$", "rannych")


def _attack_beyond_injury(folded: str, flags: dict[str, bool]) -> bool:
    """The attack flag raised by more than a word for the injured: "police arrested 27 demonstrators ..., adding that
    3 officers had been injured" reports arrests, not an attack."""
    if not flags["attack"]:
        return False
    masked = _regex(_INJURY_WORDS).sub(lambda m: " " * len(m.group()), folded)
    return _has(masked, _CUES["attack"])


def _arrest_leads(folded: str) -> bool:
    """The sentence reports arrests first and a protest after them, with no crowd-control force: "Russian police
    detained more than 1,300 people at anti-war protests", not "Thousands marched in Minsk; police detained 200"."""
    arrest = _search(folded, _CUES["arrest"])
    protest = _search(folded, _CUES["protest"])
    if arrest is None or protest is None or _has(folded, _FORCE_USED):
        return False
    # German puts the verb last ("Die Polizei hat 200 Demonstranten festgenommen"): the police named first lead too
    actor = _search(folded, _STATE_ACTORS)
    return min(arrest.start(), actor.start() if actor else arrest.start()) < protest.start()


_ATTACK_VERB = re.compile(r"\b(?:attack(?:ed|s|ing)?|stormed|raided|ambushed|opened fire|fired on|fired at|shot|"
                          r"assaulted|overran)\b")
# what an armed group attacked, right after the verb ("attacked a military base in Marte"; not "... under Runnisaidpur
# Police Station", a jurisdiction)
_MILITARY_TARGET = re.compile(r"\b(?:attacked|attack on|attacks on|stormed|raided|overran|assaulted|targeted|ambushed|"
                              r"attaque contre|ont attaque|atacaron|atacaram|ataque a|ataque contra|angriff auf|griffen)"
                              r" (?:[\w'-]+ ){0,3}?(?:(?:military|army|navy|air force|police) (?:base|camp|post|position|"
                              r"outpost|barracks|garrison|checkpoint)s?\b|barracks\b|(?:army|military|troop) (?:convoy|"
                              r"patrol)s?\b|camp militaire|base militaire|poste (?:militaire|de l'armee)|base militar|cuartel|"
                              r"quartel|kaserne|militarstutzpunkt)"
                              # "les unités déployées à Kantchari ont été la cible d'une attaque" (session 16b)
                              r"|\b(?:unites|militaires|soldats|poste|detachement|base|position|patrouille|convoi|"
                              r"troupes|elements)\b(?: [\w',-]+){0,10}? ont ete (?:la )?cibles? d'une attaque")


# ... in Arabic, Russian and Ukrainian: "هاجم مسلحون نقطة تفتيش", "боевики напали на пост ДПС" (session 16)
_MILITARY_TARGET_MORE = re.compile(
    r"(?:هاجم|هاجموا|استهدف|استهدفوا)\s+(?:\S+\s+){0,3}?(?:نقطة تفتيش|نقطة امنية|حاجز|ثكنة|قاعدة عسكرية|موقع عسكري|"
    r"مركز شرطة|مركز للشرطة|مقر|دورية|رتل)"
    r"|(?<!\w)(?:напали|атаковали|атакували|обстреляли|штурмовали)\s+(?:\S+\s+)?(?:на\s+)?(?:пост|блокпост|отдел полиции|"
    r"відділ поліціі|відділок|воинскую часть|віиськову частину|базу|патруль|колонну|колону)")
# arrests after the unrest they answer: "arrested 12 people after communal violence", "после беспорядков", "हिंसा के बाद"
_ARRESTED_AFTER = re.compile(_fold_pattern(
    r"\b(?:after|following|in connection with|over|apres|suite a|a la suite d\w*|tras|despues de|apos|depois d\w*|nach|"
    r"dopo|после|після)\s+(?:the\s+|les?\s+|la\s+|los\s+|las\s+|os\s+|as\s+|o\s+|der\s+|den\s+|die\s+|"
    r"l'|gli\s+|i\s+)?(?:[\w-]+\s+){0,3}?(?:clash|riot|violence|unrest|confront|affrontement|heurts|violences|emeute|"
    r"enfrentamiento|disturbio|confronto|tumult|unruhen|ausschreitung|scontri|беспорядк|столкновени|заворушен|сутичок)"
    r"|(?:हिंसा|झड़प|दंगे|दंगा|बवाल|उपद्रव|बवाल)\s+के\s+बाद"))


def _military_target(folded: str) -> bool:
    return bool(_MILITARY_TARGET.search(folded) or _MILITARY_TARGET_MORE.search(folded))


# one person held for who they are: a journalist, an activist, an opposition figure (session 15b)
_ROLE_HELD = re.compile(r"\b(?:journalist|reporter|activist|blogger|opposition (?:leader|figure|politician)|rights "
                        r"defender|human rights lawyer|journaliste|militant des droits|opposant|periodista|activista|"
                        r"opositor|jornalista|ativista|journalistin|aktivist|oppositionell|regierungskritiker|"
                        r"журналист|активист|правозащитник|оппозиционер|журналіст|активіст|правозахисник|"
                        r"mwanahabari|mwandishi wa habari|mwanaharakati)")


# a ransom demanded: someone was taken ("похитили бизнесмена и потребовали выкуп", "demanded a ransom") (session 16)
_RANSOM = re.compile(r"\b(?:demanded|demanding|demand|asked for) (?:a |an )?(?:\w+ )?ransom\b|(?<!\w)потребовал\w* выкуп"
                     r"|(?<!\w)вимагал\w* викуп|(?<!\w)потребувал\w* викуп|\bexig\w* (?:un |uma |o )?(?:rescate|resgate)\b"
                     r"|\bont exige une rancon\b|\breclam\w* une rancon\b|\bpidieron (?:un )?rescate\b")


def _stated_strength(type_: str, folded: str, flags: dict[str, bool], displaced: int | None) -> float | None:
    """The stronger rule strength of a displacement, an arrest or a protest stated with its numbers and its
    cause, actor or a past-tense protest verb, or None: "15,000 people fled Kidal after clashes", "police
    detained 120 journalists", "thousands of protesters marched in Dakar" (the fast head, trained mostly on
    killings, scored such sentences under the threshold)."""
    if type_ == "displacement" and displaced and displaced >= 100 and (
            flags["battle"] or flags["attack"] or flags["remote"] or _has(folded, _VIOLENT_CAUSE) or
            _has(folded, _ARMED)):  # "... fled towards Sennar as RSF fighters advanced on the city"
        return 0.85
    if type_ == "arrest" and _has(folded, _STATE_ACTORS) and (_COUNTED_PEOPLE.search(folded)
                                                           or _COUNTED_PEOPLE_HI_ID.search(folded)
                                                           or _ROLE_HELD.search(folded)):
        return 0.8  # "police detained 120 journalists", "eine Journalistin ... von der Polizei festgenommen"
    if type_ == "abduction" and (_armed_report(folded) or (_SEIZED_PEOPLE.search(folded) and _has(folded, _ARMED))
                                 or _RANSOM.search(folded)):
        return 0.85  # "an aid worker who was abducted by gunmen in Kabul on June 9": taken by an armed actor
    if type_ == "violence_against_civilians" and ATTACKED_TARGET.search(folded):
        return 0.75  # "the convoy was attacked near Parachinar": a physical target, so no figure of speech
    if type_ == "battle" and _armed_report(folded):
        return 0.75  # "rebels seized the town of Bunagana", "militants clashed with troops": fighting that took place
    if type_ == "remote_violence" and _STRUCK.search(folded):
        return 0.8  # "Israel bombed Damascus yesterday": a strike that took place, with or without casualties
    if type_ == "protest" and _CROWD.search(folded) and _PROTESTED.search(folded):
        return 0.75  # "thousands of protesters marched in Dakar on Wednesday": a protest that took place
    if type_ == "protest" and (_has(folded, _CROWD_HI_ID) or _COUNTED_PEOPLE_HI_ID.search(folded)) \
            and _has(folded, _PROTESTED_HI_ID):
        return 0.75  # "हजारों किसानों ने प्रदर्शन किया", "ribuan mahasiswa berunjuk rasa"
    return None


def _remote_sub_type(folded: str) -> str:
    sub = _remote_sub_type_hi_id(folded)
    if sub is not None:
        return sub
    if _has(folded, ("suicide", "kamikaze", "انتحاري", "suicida", "zelfmoord", "samobojc")):
        return "suicide_bomb"
    if _has(folded, ("airstrike", "air strike", "air raid", "drone", "frappe aerienne", "dron", "ataque aereo",
                     "warplane", "fighter jet", "jets", "aviation", "aviacion", "avions", "avioes", "aeronaves",
                     "helicopter gunship", "غارة", "غارات", "مسيرة", "طائرات", "الطيران", "ድሮን", "አየር ጥቃት",
                     "luftangriff", "drohne", "беспилотник", "безпілотник", "дрон", "авиаудар", "авіаудар",
                     # strikes by forces that strike from the air ("an Israeli strike on a car in southern Lebanon")
                     "israeli strike", "us strike", "u.s. strike", "american strike", "turkish strike",
                     "coalition strike", "saudi-led strike", "saudi-led coalition strike",
                     "raid aere", "attacco aereo", "attacchi aerei", "aerei da guerra", "aviazione", "luchtaanval",
                     "luchtbombardement", "gevechtsvliegtu", "luchtmacht", "nalot", "naloci", "lotnicz", "samolot")):
        return "air_drone_strike"
    if _has(folded, ("shell", "artillery", "mortar", "rocket", "missile", "obus", "roquette", "misil", "bombard",
                     "pounded", "pilonn", "قصف", "صاروخ", "missil", "razzi$", "razzo$", "artiglier", "mortai", "mortier",
                     "beschieting", "raket", "ostrzał", "ostrzal", "ostrzel", "rakiet", "pocisk", "artyler", "mozdzierz")):
        return "shelling_artillery_missile"
    # Italian, Dutch and Polish grenades; not German "Granate(n)", more often an artillery shell
    if _has(folded, ("grenade", "granada", "granata$", "bomba a mano", "granaat", "handgranaat", "granat$", "granatu$",
                     "granatem$", "granaty$", "granatow$")):
        return "grenade"
    return "remote_explosive_ied"


def _combatant_victims(folded: str) -> bool:
    """"killed 17 soldiers", "soldiers were killed", "two soldiers died": a combatant is the victim,
    so it is a battle ("militants killed 46 villagers" is not)."""
    victims = (r"(soldier|troops|border guards?|frontier guards?|border police|national guards?|militant|fighters|rebel|jihadist|insurgent|terrorist|policem|police officer|officers"
               r"|constable|jawans|security personnel|cadres|fidayeen|maoist|naxal|guerrilla|paramilitar"
               r"|militia|bandit|soldat|militaire|rebelle|terroriste|soldado|militar|جنود|جندي|مسلح|عناصر|peacekeeper|casques bleus"
               r"|полицеиск|поліцеиськ|силовик|gendarm|policier|serviceman|servicemen|servicem[ae]n|polizist"
               r"|военнослужащ|военн|бойц|боевик|військов|бійц|бойовик|вояк|wanajeshi|askari|sojoji|ወታደር|ingabo"
               r"|ribell|milizian|poliziott|agenti|carabinier|agenten|politieagent|strijders|zołnierz|policjan|bojowni"
               r"|dzihadyst|terroryst)"
               # "killed in a militia raid", "tués dans une attaque jihadiste": the armed group named the attack,
               # not its victims
               r"(?!\w*\s+(?:raid|attack|ambush|assault|offensive|violence|massacre|bombing|rampage|incursion)s?\b)")
    victims = (r"(?<!attaque )(?<!attaques )(?<!ataque )(?<!ataques )(?<!attentat )(?<!embuscade )(?<!emboscada )"
               r"(?<!offensive )(?<!raid )(?<!attacco )(?<!attentato )(?<!imboscata )(?<!aanval )(?<!aanslag )"
               r"(?<!atak )(?<!ataku )" + victims)
    kill = (r"(kill|slain|shot dead|gunned down|tue|muert|ums leben|قتل|مقتل|погиб|убит|убил|ликвидир|ліквідов|загин|вбит|вбил|getotet|waliuawa|kashe|"
            r"ተገደሉ|ተገድለዋል|uccis|uccid|gedood|omgekomen|gesneuveld|doodgeschoten|vermoord|zgin|zabit|zabici|zabił|zabil|"
            r"polegl|poległ|zastrzel)")
    dead = (r"(dead|died|morts|muertos|mortos|morti|morirono|gesneuveld|omgekomen|om het leven|doden|zgin|polegl|poległ|"
            r"tombes|ums leben)")  # (session 17) "six militaires tombés au champ d'honneur", "Soldaten ums Leben gekommen"
    near = (rf"{kill}\w*\W+(?:(?!by\b|par\b|por\b|pel|da\b|dai\b|dagli\b|dei\b|degli\b|door\b|van\b|przez\b|when\b|"
            rf"as\b|after\b|before\b|while\b|cuando\b|quand\b|lorsque\b|quando\b|als\b|avant\b|antes\b)\w+\W+)"
            rf"{{0,4}}?{victims}"
            rf"|{victims}\w*\W+(?:\w+\W+){{0,3}}?(were|was|have been|had been|ont ete|a ete|sont morts|fueron|foram|"
            rf"kamen|sono stati|sono state|e stato|e stata|"
            rf"zijn|werden|zostali|zostało|zostalo|zostały)\W+(?:\w+\W+)?{kill}"
            # "two soldiers died", "militants ... dead"; not "militants shot dead a villager" (they did the killing)
            rf"|{victims}\w*\W+(?:\w+\W+){{0,3}}?(?<!shot )(?<!shoot )(?<!shooting )(?<!leaving ){dead}"
            # "two constables of Jammu and Kashmir Police were killed": the unit named after them
            rf"|{victims}\w* of (?:the )?(?:\w+\W+){{0,4}}?(?:police|army|forces|force|rifles|regiment|battalion|"
            rf"brigade|militia)\W+(?:were|was|have been|had been)\W+(?:\w+\W+)?{kill}"
            rf"|{dead}\W+(?:among|parmi|entre)\W+(?:\w+\W+)?{victims}")
    if _CIVILIANS_KILLED.search(folded):
        return False  # "30 civils tués dans une attaque jihadiste": the victims are civilians
    # Arabic puts the verb first: "قتل مسلحون سبعة رعاة" (armed men killed seven herders) names the killers, not the
    # killed, when a counted object follows (session 16)
    folded = _AR_ARMED_SUBJECT.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), folded)
    return re.search(near, folded) is not None or _COMBATANTS_KILLED_MORE.search(folded) is not None


_AR_ARMED_SUBJECT = re.compile(r"((?:قتل|اعدم|أعدم)\s+)مسلح\S*(?=\s+(?:مجهول\S*\s+)?(?:\d+|\S*(?:اثن|ثلاث|اربع|أربع|خمس|"
                               r"ست|سبع|ثمان|تسع|عشر)\S*\s))")
_CIVILIANS_KILLED = re.compile(r"\b(?:\d+|dozens of|scores of|hundreds of|two|three|four|five|six|seven|eight|nine|ten|"
                               r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred) (?:civilians|civils|civiles|civis|"
                               r"passengers|worshippers|pilgrims|herders|farmers|fishermen|pupils|"
                               r"villagers|villageois|aldeanos|moradores|civili|abitanti|burgers|dorpelingen|cywilow|"
                               r"cywili|mieszkancow)\b"
                               # not the last of a list ("militants, police and civilians were killed")
                               r"|(?<!and )(?<!et )(?<!y )(?<!e )(?:civilians|civils|civiles|civis) "
                               r"(?:were |have been |ont ete |fueron |foram )?(?:killed|tues|muertos|mortos|asesinados)")


_CUES = {key: words + _fold_words(hi_id.CUES.get(key, ())) for key, words in _CUES.items()}
_NON_EVENT = {reason: words + _fold_words(hi_id.NON_EVENT.get(reason, ())) for reason, words in _NON_EVENT.items()}
_ARMED = _ARMED + _fold_words(hi_id.ARMED)
_ARMED_GROUPS = tuple(w for w in _ARMED if w != "mob ")  # armed actors that are no crowd
_ACTORS = _ACTORS + _fold_words(hi_id.ARMED)
_INTENT = _INTENT + _fold_words(hi_id.ARMED) + (
    # fire set on purpose in pt, es, fr (session 17): "facção ... ateia fogo a veículos" is no bus accident
    "ateia fogo", "atearam fogo", "ateou fogo", "atearon fuego", "prendieron fuego", "prenden fuego",
    "ont mis le feu", "mettent le feu", "ont incendie")
_STATE_ACTORS = _STATE_ACTORS + _fold_words(hi_id.STATE_ACTORS)
_STATE_FORCE = _STATE_FORCE + _fold_words(hi_id.STATE_ACTORS + hi_id.FORCE_USED)
_FORCE_USED = _FORCE_USED + _fold_words(hi_id.FORCE_USED)
_DID_HARM_HI_ID = _fold_words(hi_id.DID_HARM)
_CROWD_HI_ID = _fold_words(hi_id.CROWD)
_PROTESTED_HI_ID = _fold_words(hi_id.PROTESTED)
_CIVILIAN_SIDES_HI_ID = _fold_words(hi_id.CIVILIAN_SIDES)
# a counted group of people ("40 लोगों को गिरफ्तार किया", "30 orang ditangkap"), for a stated arrest or protest
_COUNTED_PEOPLE_HI_ID = re.compile(_fold_pattern(
    r"(?<!\w)(?:\d[\d,.]*|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|दर्जनों|सैकड़ों|हजारों|हज़ारों|dua|tiga|empat|lima|"
    r"enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan|ribuan)\s+(?:लोगों|लोग|व्यक्तियों|युवकों|छात्रों|किसानों|"
    r"कार्यकर्ताओं|प्रदर्शनकारियों|आरोपियों|संदिग्धों|orang|warga|mahasiswa|pengunjuk rasa|demonstran|aktivis|"
    r"tersangka|terduga|buruh)"))
# combatants killed, in Hindi, Indonesian, Swahili and Hausa word order: "सात जवान शहीद हो गए", "तीन आतंकी ढेर",
# "dua prajurit TNI tewas", "menewaskan dua prajurit", "waliwaua wanajeshi 10", "sun kashe 'yan ta'adda 15" (a
# combatant named as the attacker is no victim: "नक्सलियों के हमले में", "आतंकियों ने")
_COMBATANTS_KILLED_MORE = re.compile(_fold_pattern(
    r"(?<!\w)(?:जवान|सैनिक|पुलिसकर्मी|सिपाही|सुरक्षाकर्मी|आतंकी|आतंकवादी|नक्सली|माओवादी|उग्रवादी|कमांडो)\S*"
    r"(?!\s+(?:ने|के हमले|के हमला|द्वारा|की गोलीबारी))(?:\s+\S+){0,2}?\s+(?:शहीद|मारे|मारा|ढेर|की मौत|की हत्या)"
    r"|(?<!\w)(?:मार गिराया|मार गिराए|ढेर कर दिया|ढेर कर दिए)"
    r"|\b(?:prajurit|tentara|anggota tni|tni|polisi|anggota polri|anggota brimob|brimob|kkb|anggota kkb|teroris|militan|"
    r"pemberontak|anggota opm)\b(?:\s+\S+){0,2}?\s+(?:tewas|gugur|terbunuh|ditembak mati|meninggal)\b"
    r"|\b(?:menewaskan|membunuh|menembak mati)\s+(?:\S+\s+){0,2}?(?:prajurit|tentara|anggota|polisi|personel|teroris|"
    r"militan|pemberontak)\b"
    r"|\b(?:waliwaua|wamewaua|waliua|wameua|aliwaua|kuwaua|sun kashe|suka kashe|ya kashe|sun hallaka)\s+(?:\S+\s+){0,2}?"
    r"(?:wanajeshi|askari|polisi|waasi|wanamgambo|sojoji|'yan ta'adda|yan ta'adda|'yan bindiga|yan bindiga|mayakan|"
    r"'yan sanda|yan sanda)"
    r"|\b(?:wanajeshi|askari|polisi|waasi|wanamgambo|sojoji|'yan sanda|mayakan)\s+(?:\S+\s+){0,4}?(?:waliuawa|wameuawa|"
    r"walikufa|sun mutu|suka mutu|sun rasa rayukansu|an kashe)"))
_COMMUNAL_HI_ID = _fold_words(hi_id.COMMUNAL)
_REMOTE_KINDS_HI_ID = {kind: _fold_words(words) for kind, words in hi_id.REMOTE_KINDS.items()}


def _remote_sub_type_hi_id(folded: str) -> str | None:
    """The kind of a strike named in Hindi or Indonesian ("आत्मघाती धमाका", "हवाई हमले", "serangan udara"), or None."""
    return next((kind for kind, words in _REMOTE_KINDS_HI_ID.items() if _has(folded, words)), None)
