"""Behaviours added in session 15 (event-rules.v23, geo-gazetteer.v17): Hindi and Indonesian reports, Hausa compound
numbers and Swahili/Hausa battles, animals and arrests that are no dead, riots against protests, towns named like a
country written as towns, Moscow and Kyiv districts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nlp.events import make_analyzer
from nlp.events.analyzer import split_sentences
from nlp.numbers import extract_counts
from nlp.pipeline import TextContext
from nlp.settings import NlpSettings
from tests.nlp.events_helpers import first_event, resolved_places


@pytest.fixture(scope="module")
def analyzer():
    return make_analyzer(NlpSettings())




# --- Hindi --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "country", "dead"), [
    ("छत्तीसगढ़ के बीजापुर में नक्सलियों के हमले में सात जवान शहीद हो गए।", "battle", "IND", 7),
    ("जम्मू-कश्मीर के अनंतनाग में आतंकियों ने गोली मारकर दो मजदूरों की हत्या कर दी।", "violence_against_civilians", "IND", 2),
    ("मणिपुर में हिंसा में कम से कम पांच लोग मारे गए।", "violence_against_civilians", "IND", 5),
    ("पुलवामा में सुरक्षाबलों के साथ मुठभेड़ में तीन आतंकी ढेर।", "battle", "IND", 3),
    ("पाकिस्तान के पेशावर में एक मस्जिद में हुए आत्मघाती धमाके में 32 लोगों की मौत हो गई।", "remote_violence", "PAK", 32),
    ("झारखंड के लातेहार में सुरक्षा बलों और माओवादियों के बीच मुठभेड़ में दो माओवादी मारे गए।", "battle", "IND", 2),
    ("दंतेवाड़ा में नक्सलियों ने आईईडी धमाका किया, जिसमें 10 जवान शहीद हो गए।", "remote_violence", "IND", 10),
    ("उत्तर प्रदेश के बहराइच में भीड़ ने एक युवक की पीट-पीटकर हत्या कर दी।", "riot", "IND", 1),
    ("इजराइल के हवाई हमले में गाजा में 20 लोगों की मौत हो गई।", "remote_violence", "PSE", 20),
])
def test_hindi_killings(analyzer, text, type_, country, dead):
    event = first_event(analyzer, text)
    assert event is not None
    assert (event.type, event.country, event.fatalities.best) == (type_, country, dead)


@pytest.mark.parametrize(("text", "type_"), [
    ("बिहार के मुंगेर में बदमाशों ने एक व्यापारी का अपहरण कर लिया।", "abduction"),
    ("उत्तर प्रदेश के हाथरस में एक दलित युवती के साथ सामूहिक बलात्कार का मामला सामने आया।", "sexual_violence"),
    ("नूंह में दो समुदायों के बीच दंगा भड़क गया, कई गाड़ियों में आगजनी की गई।", "riot"),
    ("हरियाणा के नूंह में शोभा यात्रा के दौरान पथराव और आगजनी हुई, कई वाहन जला दिए गए।", "riot"),
    ("दिल्ली में हजारों किसानों ने कृषि कानूनों के खिलाफ शांतिपूर्ण प्रदर्शन किया।", "protest"),
    ("पटना में छात्रों ने परीक्षा रद्द करने की मांग को लेकर धरना दिया, पुलिस ने लाठीचार्ज किया।", "protest"),
    ("प्रदर्शनकारियों और पुलिस के बीच झड़प में 15 पुलिसकर्मी घायल हो गए।", "riot"),
    ("पुलिस ने लखनऊ में 40 लोगों को गिरफ्तार किया।", "arrest"),
    ("असम में हिंसा के बाद करीब 2000 लोग विस्थापित हुए।", "displacement"),
    ("बांग्लादेश की राजधानी ढाका में विपक्षी दल के कार्यकर्ताओं और पुलिस के बीच हिंसक झड़प हुई।", "riot"),
    ("गोरखपुर में बदमाशों ने दिनदहाड़े एक सर्राफा कारोबारी को गोली मार दी।", "violence_against_civilians"),
    # a protest against killings or rape is a protest, and the crowd that protested ("पंडितों ने") is no toll
    ("जम्मू में सैकड़ों कश्मीरी पंडितों ने लक्षित हत्याओं के विरोध में प्रदर्शन किया।", "protest"),
    ("दिल्ली में हजारों छात्रों ने बलात्कार के खिलाफ प्रदर्शन किया।", "protest"),
])
def test_hindi_other_types(analyzer, text, type_):
    event = first_event(analyzer, text)
    assert event is not None and event.type == type_
    assert event.fatalities.best is None


@pytest.mark.parametrize("text", [
    "सड़क हादसे में 12 लोगों की मौत हो गई।",
    "असम में बाढ़ से 20 लोगों की मौत।",
    "उत्तराखंड में भूस्खलन में पांच लोग मारे गए।",
    "मुंबई की एक इमारत में आग लगने से तीन लोगों की मौत हो गई।",
    "बस खाई में गिरने से 25 यात्रियों की मौत हो गई।",
    "कोरोना से दिल्ली में 10 लोगों की मौत हुई।",
    "भारत ने ऑस्ट्रेलिया के खिलाफ शानदार प्रदर्शन किया और मैच जीत लिया।",  # a team's "performance"
    "विपक्ष ने सरकार पर तीखा हमला बोला।",  # a verbal attack
    "गांधी जी की हत्या की बरसी पर श्रद्धांजलि दी गई।",
    "उसने हमारे घर में खाना खाया और चला गया।",  # "हमारे" holds no "मारे"
])
def test_hindi_non_events(analyzer, text):
    assert analyzer.analyze(text, TextContext()).events == []


def test_hindi_sentences_end_at_a_danda():
    text = "बीजापुर में मुठभेड़ हुई। दो जवान घायल हो गए।"
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(("text", "best", "low", "high"), [
    ("कम से कम पांच लोग मारे गए।", 5, 5, None),
    ("50 से अधिक लोग मारे गए।", 50, 50, None),
    ("हमले में पंद्रह लोगों की मौत हो गई।", 15, 15, 15),
    ("एक जवान शहीद हो गया।", 1, 1, 1),
    ("धमाके में ३२ लोगों की मौत हो गई।", 32, 32, 32),  # Devanagari digits
])
def test_hindi_counts(text, best, low, high):
    dead = extract_counts(text).fatalities
    assert (dead.best, dead.low, dead.high) == (best, low, high)


# --- Indonesian, Swahili, Hausa -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "country", "dead"), [
    ("Sebanyak lima orang tewas dalam serangan kelompok bersenjata di Kabupaten Intan Jaya, Papua.",
     "violence_against_civilians", "IDN", 5),
    ("Dua prajurit TNI tewas ditembak KKB di Nduga, Papua, pada Senin.", "battle", "IDN", 2),
    ("Seorang anggota Brimob gugur dalam kontak tembak dengan KKB di Intan Jaya.", "battle", "IDN", 1),
    ("Kelompok bersenjata menembak mati tiga pekerja proyek jalan di Kabupaten Puncak, Papua.",
     "violence_against_civilians", "IDN", 3),
    ("Bentrokan antara warga dua desa di Maluku menewaskan empat orang.", "riot", "IDN", 4),
    ("Ledakan bom di sebuah gereja di Surabaya menewaskan 13 orang.", "remote_violence", "IDN", 13),
    ("Wanamgambo wa al-Shabab waliwaua wanajeshi 10 katika shambulio huko Lamu.", "battle", "KEN", 10),
    ("'Yan bindiga sun kashe mutane goma sha biyu a jihar Zamfara.", "violence_against_civilians", "NGA", 12),
    ("Sojoji sun kashe 'yan ta'adda 15 a jihar Borno.", "battle", "NGA", 15),
    ("Watu kumi na wawili waliuawa katika shambulizi la wanamgambo katika kaunti ya Lamu.",
     "violence_against_civilians", "KEN", 12),
    ("Mlipuko wa bomu uliua watu watano mjini Mogadishu.", "remote_violence", "SOM", 5),
])
def test_indonesian_swahili_hausa_killings(analyzer, text, type_, country, dead):
    event = first_event(analyzer, text)
    assert event is not None
    assert (event.type, event.country, event.fatalities.best) == (type_, country, dead)


@pytest.mark.parametrize(("text", "type_"), [
    ("Tiga warga diculik oleh kelompok bersenjata di Poso, Sulawesi Tengah.", "abduction"),
    ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta.", "protest"),
    ("Polisi menembakkan gas air mata untuk membubarkan ribuan mahasiswa yang berunjuk rasa di Makassar.", "protest"),
    ("Densus 88 menangkap 12 terduga teroris di Jawa Timur.", "arrest"),
    ("Ratusan rumah dibakar massa dalam kerusuhan di Wamena.", "riot"),
    ("Sekitar 5.000 warga mengungsi akibat serangan kelompok bersenjata di Nduga.", "displacement"),
    ("Massa membakar kantor bupati setelah pengumuman hasil pilkada di Papua.", "riot"),
    ("Ribuan mahasiswa berunjuk rasa memprotes pembunuhan aktivis di Papua.", "protest"),
])
def test_indonesian_other_types(analyzer, text, type_):
    event = first_event(analyzer, text)
    assert event is not None and (event.type, event.country) == (type_, "IDN")


@pytest.mark.parametrize("text", [
    "Kecelakaan bus di Sumedang menewaskan 27 orang.",
    "Banjir di Kalimantan Selatan menewaskan 15 orang.",
    "Gempa berkekuatan 6,2 di Sulawesi Barat menewaskan 34 orang.",
    "Tim nasional menyerang sejak menit pertama namun gagal mencetak gol.",
    "Presiden membuka acara peringatan hari kemerdekaan di Jakarta.",
])
def test_indonesian_non_events(analyzer, text):
    assert analyzer.analyze(text, TextContext()).events == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sebanyak dua puluh lima orang tewas.", 25),
    ("Dua belas prajurit tewas.", 12),
    ("Lima orang tewas dalam serangan.", 5),
    ("En Lima murieron 5 personas.", 5),  # Lima, Peru, is no five
    ("Sedikitnya 40 orang tewas.", 40),
    ("'Yan bindiga sun kashe mutane ashirin da biyar.", 25),
])
def test_indonesian_and_hausa_numbers(text, expected):
    assert extract_counts(text).fatalities.best == expected


def test_tens_of_thousands_in_indonesian():
    assert extract_counts("Puluhan ribu warga mengungsi dari desa mereka.").displaced.best == 20_000


# --- animals, things and arrests are no dead ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dead"), [
    ("Bandits killed three herders and stole thousands of cattle in Zamfara State on Sunday.", 3),
    ("Raiders stole thousands of cattle after attacking a village in Jonglei, killing two people.", 2),
    ("Militants killed 50 cows and two herders near Mopti.", 2),
    ("Rustlers made away with 300 sheep after shooting dead one herder in Turkana.", 1),
    ("Gunmen shot dead two villagers and carted away over 300 cows in Katsina State.", 2),
    ("Herders said raiders took 1,200 cattle and killed one man in Pibor.", 1),
    ("Three detained militants and two soldiers were killed in a shootout at a detention centre in Peshawar.", 5),
    ("Security forces detained 25 people and killed three in Kashmir.", 3),
    ("Police detained 60 protesters and killed two in Khartoum.", 2),
])
def test_animals_and_arrests_are_no_dead(analyzer, text, dead):
    event = first_event(analyzer, text)
    assert event is not None and event.fatalities.best == dead


@pytest.mark.parametrize("text", [
    "Police arrested 40 people after clashes in Dhaka.",
    "Police in Karachi arrested 40 people on Monday.",
    "Police in Lagos arrested 120 suspected cultists on Sunday.",
])
def test_arrest_counts_are_no_fatalities(analyzer, text):
    event = first_event(analyzer, text)
    assert event is not None and event.fatalities.best is None


def test_control_detainees_killed_are_dead():
    assert extract_counts("Guards killed 5 detainees during the riot.").fatalities.best == 5


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("Two jawans of 44 Assam Rifles were injured in the ambush.", None, 2),  # a battalion's number
    ("An IED blast left two Assam Rifles personnel seriously injured.", None, 2),
    ("Four personnel were shot dead by three assailants on two motorcycles.", 4, None),
    ("The body of the deceased was taken by a crowd to Aimol Satu village.", None, None),  # "Satu" is a name here
])
def test_units_vehicles_and_names_are_no_people(text, dead, injured):
    counts = extract_counts(text)
    assert (counts.fatalities.best, counts.injured.best) == (dead, injured)


@pytest.mark.parametrize(("text", "country"), [
    ("Waandamanaji walirusha mawe na kuchoma matairi barabarani jijini Nairobi.", "KEN"),
    ("Masu zanga-zanga sun jefi 'yan sanda da duwatsu a Abuja.", "NGA"),
])
def test_swahili_and_hausa_stone_throwing_is_a_riot(analyzer, text, country):
    event = first_event(analyzer, text)
    assert event is not None and (event.type, event.country) == ("riot", country)


@pytest.mark.parametrize("text", [
    "Ajali ya basi imeua watu 15 mjini Nakuru.",
    "Hatsarin jirgin ruwa ya kashe mutane 20 a jihar Kebbi.",
])
def test_swahili_and_hausa_accidents(analyzer, text):
    assert analyzer.analyze(text, TextContext()).events == []


# --- riot or protest ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_"), [
    ("Protesters and police clashed in Santiago, leaving dozens injured.", "riot"),
    ("Police and demonstrators clashed in Nairobi's CBD as tear gas filled the streets.", "riot"),
    ("Students clashed with police outside the university in Dhaka, injuring 30.", "riot"),
    ("Angry protesters set vehicles on fire and pelted police with stones in Kisumu.", "riot"),
    ("Protesters torched a police post in Gilgit after the arrest of a cleric.", "riot"),
    ("Thousands of people staged a peaceful march in Kampala on Saturday.", "protest"),
    ("Police used tear gas to disperse a peaceful march in Harare.", "protest"),
    ("Police fired tear gas at hundreds of students holding a sit-in in Nairobi.", "protest"),
    ("Opposition supporters held a peaceful sit-in outside parliament in Kinshasa.", "protest"),
])
def test_riot_or_protest(analyzer, text, type_):
    event = first_event(analyzer, text)
    assert event is not None and event.type == type_


# --- places -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Gunmen killed five people in Puerto Rico, Caquetá, on Monday.", "COL", "Caquetá"),
    ("the town of Puerto Rico in Caquetá", "COL", "Caquetá"),
    ("en el municipio de Puerto Rico, en el Caquetá", "COL", "Caquetá"),
    ("Two men were shot dead in Mexico, Pampanga.", "PHL", None),
    ("the village of Lebanon, in Tennessee", "USA", "Tennessee"),
    ("Jerusalén, Cundinamarca", "COL", "Cundinamarca"),
    ("Jordan, Ontario", "CAN", "Ontario"),
])
def test_towns_named_like_a_country(text, country, admin1):
    first = resolved_places(text)[0]
    assert first[1] == country
    assert admin1 is None or first[2] == admin1


@pytest.mark.parametrize("text", [
    "Armenia, Colombia and Peru signed the deal.",
    "Migrants crossed from Mexico in Texas.",
    "Puerto Rico was hit by a storm.",
])
def test_controls_country_names_stay_countries(text):
    assert resolved_places(text)[0][1] in {"ARM", "MEX", "PRI"}


@pytest.mark.parametrize(("text", "country"), [
    ("Взрыв прогремел в Кузьминках.", "RUS"),
    ("Стрельба в Марьине.", "RUS"),
    ("Драка в районе Бирюлёво.", "RUS"),
    ("В Люблино задержали трёх человек.", "RUS"),
    ("Ракета упала на Оболоні.", "UKR"),
    ("Вибух у Дарниці.", "UKR"),
    ("Обстріл Святошинського району.", "UKR"),
    ("छत्तीसगढ़ के बीजापुर में मुठभेड़।", "IND"),
    ("पाकिस्तान के पेशावर में धमाका।", "PAK"),
    ("यूक्रेन के खारकीव पर मिसाइल हमला।", "UKR"),
])
def test_city_districts_and_hindiresolved_places(text, country):
    assert {p[1] for p in resolved_places(text)} == {country}


def test_hindi_verb_gaya_is_no_place():
    assert resolved_places("वह घर गया।") == []
