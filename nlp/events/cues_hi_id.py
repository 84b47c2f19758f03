"""Hindi and Indonesian trigger words, non-event words and actors for the event rules (session 15).

Written as the press writes them; ``nlp.events.rules`` folds them like every other table (Devanagari loses its
virama and nukta there: "हत्या" is matched as "हतया", "झड़प" as "झडप"). Cues are word prefixes, so a stem that begins an
everyday word is a phrase: Hindi "गया" is "went" (not Gaya), "प्रदर्शन" is also a cricketer's "performance" (sport words
below drop it), "जवान" also "young", "ढेर" also "lots of" ("ढेर सारी"), so only "ढेर कर", "ढेर हो", "आतंकी ढेर";
Indonesian "bom" is Portuguese "good" and "demo" an English word: phrases only ("ledakan bom", "aksi demo"); "granat$" (German
"Granate" is a shell) and "roket$" are whole words; no "liga" (Spanish and Portuguese "league" and "links").
"""

from __future__ import annotations

__all__ = ["ARMED", "CIVILIAN_SIDES", "COMMUNAL", "CROWD", "CUES", "DID_HARM", "FORCE_USED", "NON_EVENT", "PROTESTED",
           "REMOTE_KINDS", "STATE_ACTORS"]

_HI: dict[str, tuple[str, ...]] = {
    "kill": ("मारे गए", "मारे गये", "मारा गया", "मारी गई", "मारी गयी", "मार डाला", "मार डाले", "मार दिया", "मार गिराया",
             "मार गिराए", "मार गिराये", "हत्या", "हत्याएं", "हत्याओं", "हत्यारे", "की मौत", "मौत हो", "मौतें", "मृत",
             "शहीद", "जान गंवा", "जान गँवा", "जान चली", "नरसंहार", "कत्लेआम", "क़त्लेआम", "ढेर कर", "ढेर हो", "आतंकी ढेर",
             "नक्सली ढेर", "आतंकवादी ढेर", "उग्रवादी ढेर", "शव$", "शवों", "लाश", "पीट-पीटकर", "पीट पीटकर", "मॉब लिंचिंग",
             "लिंचिंग"),
    "sexual": ("बलात्कार", "दुष्कर्म", "सामूहिक दुष्कर्म", "गैंगरेप", "यौन हिंसा", "यौन उत्पीड़न"),
    "abduct": ("अपहरण", "अगवा", "बंधक", "किडनैप"),
    "remote": ("धमाका", "धमाके", "धमाकों", "विस्फोट", "बम$", "बमों", "बमबारी", "आईईडी", "हवाई हमला", "हवाई हमले",
               "हवाई हमलों", "एयरस्ट्राइक", "ड्रोन", "मिसाइल", "रॉकेट", "गोलाबारी", "आत्मघाती", "ग्रेनेड", "हथगोल",
               "बारूदी सुरंग"),
    "battle": ("मुठभेड़", "झड़प", "गोलीबारी", "फायरिंग", "घात लगाकर", "लड़ाई में", "गोलियों का आदान-प्रदान"),
    "combatant": ("जवानों", "जवान शहीद", "सैनिक", "सेना", "आतंकी", "आतंकवादी", "नक्सली", "नक्सलियों", "माओवादी",
                  "उग्रवादी", "पुलिसकर्मी", "सुरक्षाकर्मी", "सुरक्षाबल", "सुरक्षा बल", "फौजी", "सिपाही", "कमांडो"),
    "riot": ("दंगा", "दंगे", "दंगों", "दंगाई", "उपद्रव", "उपद्रवी", "पथराव", "पत्थरबाजी", "पत्थरबाज़ी", "भीड़ ने",
             "सांप्रदायिक हिंसा", "सांप्रदायिक तनाव", "बवाल", "हिंसक झड़प", "लिंचिंग"),
    "protest": ("विरोध प्रदर्शन", "प्रदर्शनकारी", "प्रदर्शनकारियों", "प्रदर्शन किया", "प्रदर्शन कर", "धरना", "धरने",
                "हड़ताल", "जुलूस", "मार्च निकाला", "नारेबाजी", "नारेबाज़ी", "आंदोलनकारी", "आंदोलन कर", "कैंडल मार्च"),
    "arrest": ("गिरफ्तार", "गिरफ़्तार", "गिरफ्तारी", "गिरफ़्तारी", "हिरासत", "दबोचा", "दबोचे", "पकड़ा गया", "पकड़े गए"),
    "destroy": ("आगजनी", "आग लगा दी", "आग के हवाले", "फूंक दिया", "फूंक दिए", "फूंक दी", "फूंके", "तोड़फोड़", "लूटपाट",
                "ध्वस्त कर", "जला दिया", "जला दिए", "जला दी", "जलाए गए", "जलाया गया"),
    "displace": ("विस्थापित", "पलायन", "घर छोड़", "शरणार्थी", "राहत शिविर", "बेघर"),
    "attack": ("हमला", "हमले", "हमलों", "हमलावर", "गोली मार", "गोलियां चला", "गोलियाँ चला", "गोली चला", "चाकू",
               "घायल", "जख्मी", "ज़ख्मी", "आंसू गैस", "आँसू गैस", "लाठीचार्ज", "लाठी चार्ज", "पिटाई", "पीटा", "पीटे",
               "हथियारबंद", "बदमाशों", "बंदूकधारी", "आतंकी हमला"),
}

# Indonesian (and Malay): verb forms with their prefixes ("tewas", "menewaskan", "ditembak")
_ID: dict[str, tuple[str, ...]] = {
    "kill": ("tewas", "menewaskan", "menembak mati", "tembak mati", "terbunuh", "dibunuh", "membunuh", "pembunuhan", "korban jiwa", "korban tewas",
             "ditembak mati", "gugur", "dieksekusi", "pembantaian", "dibantai", "membantai", "jenazah", "mayat",
             "meninggal dunia", "tak bernyawa", "dihakimi massa hingga tewas"),
    "sexual": ("pemerkosaan", "diperkosa", "memperkosa", "kekerasan seksual", "rudapaksa"),
    "abduct": ("diculik", "menculik", "penculikan", "disandera", "menyandera", "penyanderaan", "sandera"),
    "remote": ("ledakan", "meledak", "ledakan bom", "bom meledak", "bom rakitan", "bom mobil", "serangan bom", "teror bom",
               "bom bunuh diri", "pengeboman", "dibom", "serangan udara", "roket$",
               "rudal$", "mortir$", "granat$", "pesawat nirawak", "artileri$"),
    "battle": ("bentrokan", "bentrok", "baku tembak", "kontak tembak", "pertempuran", "penyergapan", "disergap",
               "menyergap", "tembak-menembak"),
    "combatant": ("prajurit", "tentara", "anggota tni", "tni$", "brimob", "kkb$", "opm$", "pemberontak", "milisi",
                  "teroris", "militan", "separatis", "aparat keamanan", "anggota polri"),
    "riot": ("kerusuhan", "rusuh", "amuk massa", "diamuk massa", "dihakimi massa", "main hakim sendiri", "tawuran",
             "perusuh", "massa membakar", "massa merusak", "massa mengamuk", "massa menyerang", "dibakar massa",
             "dirusak massa", "melempari"),
    "protest": ("unjuk rasa", "berunjuk rasa", "pengunjuk rasa", "demonstrasi", "demonstran", "aksi demo", "menggelar demo",
                "demo mahasiswa", "demo buruh", "pendemo", "aksi protes", "memprotes", "aksi damai", "mogok kerja",
                "aksi mogok", "berdemo"),
    "arrest": ("ditangkap", "menangkap", "penangkapan", "diamankan", "mengamankan", "ditahan", "penahanan", "dibekuk",
               "diringkus", "membekuk", "meringkus"),
    "destroy": ("dibakar", "membakar", "pembakaran", "dijarah", "menjarah", "penjarahan", "dirusak", "perusakan", "dihancurkan"),
    "displace": ("mengungsi", "pengungsi", "terusir", "mengungsikan", "eksodus"),
    "attack": ("serangan", "menyerang", "diserang", "penyerangan", "penyerang", "ditembak", "menembak", "penembakan",
               "bersenjata", "luka-luka", "terluka", "melukai", "ditikam", "dibacok", "dianiaya", "penganiayaan",
               "gas air mata", "meriam air", "peluru karet"),
}

CUES: dict[str, tuple[str, ...]] = {k: _HI.get(k, ()) + _ID.get(k, ()) for k in _HI.keys() | _ID.keys()}

NON_EVENT: dict[str, tuple[str, ...]] = {
    "accident": ("सड़क हादसा", "सड़क हादसे", "हादसा", "हादसे", "दुर्घटना", "टक्कर", "खाई में गिर", "पलट गई", "पलट गया",
                 "डूबने", "डूब गए", "डूब गया", "करंट", "सिलेंडर फट", "सिलेंडर विस्फोट", "आग लगने", "आग लग गई",
                 "भीषण आग", "भगदड़", "इमारत गिर", "इमारत ढह", "जहरीली शराब", "ज़हरीली शराब",
                 "kecelakaan", "tabrakan", "terbalik", "tenggelam", "kebakaran", "tersengat listrik", "ledakan tabung gas",
                 "tabung gas", "kapal karam", "jatuh ke jurang", "masuk jurang", "terperosok", "bangunan runtuh"),
    "disaster": ("बाढ़", "भूस्खलन", "भूकंप", "तूफान", "तूफ़ान", "चक्रवात", "बादल फटने", "बादल फटा", "बारिश", "हिमस्खलन",
                 "आकाशीय बिजली", "बिजली गिरने", "लू लगने", "शीतलहर",
                 "banjir", "gempa", "tanah longsor", "longsor", "tsunami", "erupsi", "gunung meletus", "kebakaran hutan",
                 "puting beliung", "cuaca buruk", "kekeringan"),
    "disease": ("कोरोना", "डेंगू", "हैजा", "मलेरिया", "बीमारी", "संक्रमण", "महामारी", "दिल का दौरा", "हार्ट अटैक",
                "demam berdarah", "wabah", "penyakit", "kolera", "campak", "serangan jantung", "covid"),
    "metaphor": ("मैच", "क्रिकेट", "विकेट", "बल्लेबाज", "गेंदबाज", "टूर्नामेंट", "खिलाड़ी", "टीम इंडिया", "शेयर बाजार",
                 "pertandingan", "sepak bola", "pemain", "turnamen", "saham"),
    "fiction": ("फिल्म", "वेब सीरीज", "उपन्यास", "धारावाहिक", "sinetron", "novel$"),
    "commemoration": ("बरसी", "श्रद्धांजलि", "बलिदान दिवस", "स्मृति दिवस", "साल पहले", "वर्षगांठ",
                      "memperingati", "mengenang", "tahun yang lalu"),
}

# armed groups and attackers: they overrule an accident or disaster word and make a killing "stated"
ARMED: tuple[str, ...] = ("आतंकी", "आतंकियों", "आतंकवादी", "आतंकवादियों", "नक्सली", "नक्सलियों", "माओवादी",
                          "माओवादियों", "उग्रवादी", "उग्रवादियों", "बदमाशों", "बदमाश", "बंदूकधारियों",
                          "हमलावर", "बंदूकधारी", "हथियारबंद", "दंगाई", "उपद्रवी",
                          "kkb$", "kelompok bersenjata", "orang bersenjata", "teroris", "militan", "pemberontak", "milisi",
                          "separatis", "opm$", "penyerang", "orang tak dikenal", "otk$", "perusuh")
# a harm done, in a past or perfect form ("हत्या कर दी", "अगवा कर लिया", "menewaskan", "diculik"): with an armed actor
# a stated report
DID_HARM: tuple[str, ...] = ("हत्या कर", "मार डाला", "मार दिया", "मार दी", "गोली मारकर", "अपहरण कर", "अगवा कर",
                             "हमला किया", "हमला कर", "हमले में", "आग लगा दी", "फूंक दिए", "फूंक दिया", "मार गिराया",
                             "ढेर कर", "पथराव किया", "धमाका किया", "विस्फोट किया", "बलात्कार किया", "दुष्कर्म किया",
                             "गोलीबारी की", "फायरिंग की", "गोलियां चलाईं", "menewaskan", "menembak", "menyerang",
                             "membunuh", "menculik", "membakar", "diserang", "ditembak", "dibunuh", "diculik", "dibakar",
                             "meledakkan", "menyandera", "disandera", "membantai")
# a counted crowd and a protest that took place ("हजारों किसानों ने प्रदर्शन किया", "ribuan mahasiswa berunjuk rasa")
CROWD: tuple[str, ...] = ("हजारों", "हज़ारों", "सैकड़ों", "दर्जनों", "ribuan", "ratusan", "puluhan", "belasan")
PROTESTED: tuple[str, ...] = ("प्रदर्शन किया", "धरना दिया", "मार्च निकाला", "जुलूस निकाला", "नारेबाजी की", "सड़कों पर उतर",
                              "berunjuk rasa", "menggelar aksi", "menggelar unjuk rasa", "berdemo", "turun ke jalan",
                              "melakukan aksi", "melakukan unjuk rasa", "menggelar demo", "melakukan demo")
STATE_ACTORS: tuple[str, ...] = ("पुलिस", "सुरक्षाबल", "सुरक्षा बल", "प्रशासन", "सेना", "एनआईए", "राष्ट्रीय जांच एजेंसी",
                                 "एटीएस", "polisi", "aparat", "tni$", "brimob", "petugas keamanan", "densus", "polri",
                                 "polda", "polres", "bnn$")
FORCE_USED: tuple[str, ...] = ("आंसू गैस", "आँसू गैस", "लाठीचार्ज", "लाठी चार्ज", "वाटर कैनन", "खदेड़", "gas air mata",
                               "meriam air", "peluru karet", "dibubarkan", "membubarkan")
# crowds that may clash with police without being armed groups ("प्रदर्शनकारियों और पुलिस के बीच झड़प")
CIVILIAN_SIDES: tuple[str, ...] = ("प्रदर्शनकारी", "प्रदर्शनकारियों", "छात्रों", "छात्र", "ग्रामीणों", "किसानों",
                                   "समर्थकों", "आंदोलनकारी", "कार्यकर्ताओं", "कार्यकर्ता", "युवकों", "ग्रामीण",
                                   "pengunjuk rasa", "demonstran", "mahasiswa", "massa$",
                                   "warga", "suporter", "waandamanaji", "masu zanga-zanga", "vijana")
# communities that clashed: communal rioting, not a battle ("दो समुदायों के बीच झड़प", "bentrokan antarwarga")
COMMUNAL: tuple[str, ...] = ("दो समुदायों", "दोनों समुदायों", "सांप्रदायिक", "दो गुटों", "antarwarga", "antar warga",
                             "antardesa", "antar desa", "antarkampung", "antar kampung", "antarsuku", "antar suku",
                             "antarkelompok", "warga dua desa", "warga dua kampung")
# the kind of a strike, first match wins: suicide, air, shelling, grenade
REMOTE_KINDS: dict[str, tuple[str, ...]] = {
    "suicide_bomb": ("आत्मघाती", "bom bunuh diri", "pelaku bunuh diri"),
    "air_drone_strike": ("हवाई हमल", "एयरस्ट्राइक", "ड्रोन", "लड़ाकू विमान", "serangan udara", "pesawat nirawak",
                         "pesawat tempur"),
    "shelling_artillery_missile": ("गोलाबारी", "मिसाइल", "रॉकेट", "तोप", "roket$", "rudal$", "mortir$", "artileri$"),
    "grenade": ("ग्रेनेड", "हथगोल", "granat$"),
}
