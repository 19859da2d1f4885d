"""German: the words Dossier reads and writes, keyed by what they mean. Pure data, no code.

Conventions (checked by ``dossier.lexicon``, see its docstring for every slot's shape):

* words are written as they stand in a text ("Januar", "Mio.", "heute"): capitals are part of the
  data, because German capitalises nouns and a matcher may care ("morgen" is tomorrow, "Morgen" is
  the morning); matchers fold case themselves where case says nothing;
* in a word -> meaning slot the first word of each meaning is its canonical, written form
  (``WEEKDAYS``: "Samstag" before "Sonnabend"), used when Dossier writes the word itself;
* stems end where German inflects or compounds ("vergangen" for "vergangenen", "sprecher" for
  "Polizeisprecherin"); the slots that hold stems say so.
"""

# --- dates -------------------------------------------------------------------------------------

MONTHS = {
    "Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "Maerz": 3, "April": 4, "Mai": 5, "Juni": 6,
    "Juli": 7, "August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12,
}
# Written with a full stop in running text ("3. Okt. 2019"); "Mai" has none.
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mär": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Okt": 10, "Nov": 11, "Dez": 12,
}
WEEKDAYS = {
    "Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4, "Samstag": 5,
    "Sonnabend": 5, "Sonntag": 6,
}
# In date lines: "Mo., 3. März 2019".
WEEKDAY_ABBREVIATIONS = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4, "Sa": 5, "So": 6}
# Parts of a day; German also glues them to a weekday ("Montagabend"), see COMPOUNDS.
DAY_PARTS = {
    "Morgen": "morning", "früh": "morning", "Vormittag": "morning", "Mittag": "noon",
    "Nachmittag": "afternoon", "Abend": "evening", "Nacht": "night",
}
# Days relative to publication. "morgen" (tomorrow) only in lower case: "Morgen" is the morning.
RELATIVE_DAYS = {
    "heute": 0, "Heute": 0, "gestern": -1, "Gestern": -1, "vorgestern": -2, "Vorgestern": -2,
    "morgen": 1, "übermorgen": 2, "Übermorgen": 2,
}
# Stems of the words that place a week, month, year or weekday relative to publication
# ("vergangene Woche", "im kommenden Jahr", "diesen Sommer"): past -1, this 0, next +1.
RELATIVE_WORDS = {"vergangen": -1, "letzt": -1, "vorig": -1, "dies": 0, "nächst": 1, "kommend": 1}
# The part of a span: "Anfang 2020", "Mitte März", "Ende des Jahres".
PERIODS = {"Anfang": "early", "Mitte": "mid", "Ende": "late"}
SEASONS = {"Frühjahr": "spring", "Frühling": "spring", "Sommer": "summer", "Herbst": "autumn", "Winter": "winter"}
# Stems of the units of time, in lower case ("Woche", "Monats", "Jahreshälfte").
TIME_UNITS = {
    "tag": "day", "woche": "week", "monat": "month", "jahr": "year", "quartal": "quarter",
    "vierteljahr": "quarter", "halbjahr": "half", "jahreshälfte": "half", "hälfte": "half",
}
# Ordinal stems, lower case: "im dritten Quartal", "die erste Jahreshälfte".
ORDINALS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8,
    "neunt": 9, "zehnt": 10,
}

# --- numbers -----------------------------------------------------------------------------------

# The words German builds its numbers from ("dreihundertfünfundzwanzig"); lower case.
NUMBER_WORDS = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
    "tausend": 1000,
}
INDEFINITE_ARTICLES = ("ein", "eine", "einer", "einem", "einen", "eines")
# An age by its decade: "Mitte zwanzig" (German uses the cardinal).
DECADES = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
}
# Scale words after a number, as written. German "Billion" is 10**12 (English "trillion").
SCALES = {
    "Tausend": 10**3, "Tsd.": 10**3, "Million": 10**6, "Millionen": 10**6, "Mio.": 10**6, "Mio": 10**6,
    "Milliarde": 10**9, "Milliarden": 10**9, "Mrd.": 10**9, "Mrd": 10**9, "Billion": 10**12,
    "Billionen": 10**12,
}
# Currencies after a number ("5 Euro", "5 €"), lower case, to ISO 4217.
CURRENCIES = {
    "us-dollar": "USD", "dollar": "USD", "usd": "USD", "euro": "EUR", "€": "EUR", "eur": "EUR",
    "pfund": "GBP", "pfund sterling": "GBP", "britische pfund": "GBP", "britischen pfund": "GBP", "£": "GBP",
    "gbp": "GBP", "franken": "CHF", "schweizer franken": "CHF", "chf": "CHF",
    "australische dollar": "AUD", "australischen dollar": "AUD", "kanadische dollar": "CAD",
    "kanadischen dollar": "CAD", "hongkong-dollar": "HKD", "yen": "JPY", "yuan": "CNY", "rupien": "INR",
    "złoty": "PLN", "zloty": "PLN", "pln": "PLN", "dänische kronen": "DKK", "schwedische kronen": "SEK",
    "rubel": "RUB",
}
# Currencies before a number ("€ 5", "EUR 5", "sFr. 5"), lower case.
CURRENCY_PREFIXES = {"€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "chf": "CHF", "sfr.": "CHF",
                     "fr.": "CHF", "usd": "USD", "$": "USD", "us$": "USD"}
# Before a number, normalised to the English code Dossier stores ("mehr als" -> "more than").
QUALIFIERS = {
    "mehr als": "more than", "über": "more than", "weit über": "more than", "gut": "more than",
    "rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
    "zirka": "about", "schätzungsweise": "about", "geschätzt": "about", "geschätzte": "about",
    "knapp": "nearly", "annähernd": "nearly", "fast": "almost", "beinahe": "almost",
    "bis zu": "up to", "mindestens": "at least", "wenigstens": "at least", "weniger als": "less than",
    "höchstens": "at most", "maximal": "at most",
}
# After a bare number, these show that it counts what the figure before it counts ("31 Verletzte, sieben
# weitere", "54 Staaten haben unterzeichnet, 27 haben ratifiziert").
ELLIPSIS_WORDS = ("weitere", "weiterer", "andere", "anderen", "je", "jeweils", "haben", "hatten", "sind", "waren",
                  "wurden", "aus", "schwer", "leicht")
# After a number (and a comma), a relative pronoun that makes it a count of people.
PERSON_RELATIVES = ("die",)
# Dates told relative to the event just before: days from it ("am Tag zuvor": -1).
ANAPHORIC_DATES = {"am selben Tag": 0, "am gleichen Tag": 0, "noch am selben Tag": 0, "am selben Abend": 0,
                   "später am Tag": 0, "später am Abend": 0, "am Abend desselben Tages": 0, "am Tag zuvor": -1,
                   "am Vortag": -1, "tags zuvor": -1, "am Tag darauf": 1, "tags darauf": 1, "am nächsten Tag": 1,
                   "am folgenden Tag": 1, "damals": 0, "zu diesem Zeitpunkt": 0, "zu jener Zeit": 0}
# Nouns after "41:22", "3:1" that make it a vote or a score, not a time.
SCORE_WORDS = ("Stimmen", "Sieg", "Niederlage", "Heimsieg", "Auswärtssieg", "Endstand", "Halbzeit", "Ergebnis",
               "Toren", "Punkten", "Satzgewinn", "Mehrheit", "gewann", "gewannen", "verlor", "verloren", "stimmten",
               "endete", "unentschieden")

# --- speakers: who says something --------------------------------------------------------------

# Verbs of saying, every inflected form in use -> infinitive. Separable verbs are listed by the form
# that stands next to the speaker ("fügte … hinzu" -> "hinzufügen"); "so" after a comma (", so X").
VERBS_OF_SAYING = {
    "sagte": "sagen", "sagten": "sagen", "sagt": "sagen", "sagen": "sagen",
    "erklärte": "erklären", "erklärten": "erklären", "erklärt": "erklären", "erklären": "erklären",
    "betonte": "betonen", "betonten": "betonen", "betont": "betonen",
    "meinte": "meinen", "meint": "meinen",
    "schrieb": "schreiben", "schrieben": "schreiben", "schreibt": "schreiben",
    "berichtete": "berichten", "berichteten": "berichten", "berichtet": "berichten",
    "warnte": "warnen", "warnt": "warnen", "warnen": "warnen",
    "kritisierte": "kritisieren", "kritisiert": "kritisieren",
    "bestätigte": "bestätigen", "bestätigt": "bestätigen",
    "behauptete": "behaupten", "behauptet": "behaupten", "behaupten": "behaupten",
    "argumentierte": "argumentieren", "argumentiert": "argumentieren",
    "ergänzte": "ergänzen", "unterstrich": "unterstreichen",
    "fügte": "hinzufügen", "hinzufügte": "hinzufügen", "räumte": "einräumen",
    "teilte": "mitteilen", "mitteilte": "mitteilen", "mitteilten": "mitteilen",
    "kündigte": "ankündigen", "erläuterte": "erläutern", "versicherte": "versichern",
    "bekräftigte": "bekräftigen", "forderte": "fordern", "fordert": "fordern", "fragte": "fragen",
    "rief": "rufen", "sprach": "sprechen", "schilderte": "schildern", "schilderten": "schildern",
    "schildert": "schildern", "nannte": "nennen", "bezeichnete": "bezeichnen", "twitterte": "twittern",
    "kommentierte": "kommentieren", "verkündete": "verkünden", "mahnte": "mahnen",
    "entgegnete": "entgegnen", "antwortete": "antworten", "bestritt": "bestreiten", "meldet": "melden",
    "meldete": "melden", "so": "so",
    # the plural, for the organisations, groups and couples newspapers quote: "Die Stadtwerke teilten mit"
    "meinten": "meinen", "warnten": "warnen", "kritisierten": "kritisieren", "bestätigten": "bestätigen",
    "behaupteten": "behaupten", "argumentierten": "argumentieren", "ergänzten": "ergänzen",
    "unterstrichen": "unterstreichen", "fügten": "hinzufügen", "räumten": "einräumen", "teilten": "mitteilen",
    "kündigten": "ankündigen", "erläuterten": "erläutern", "versicherten": "versichern",
    "bekräftigten": "bekräftigen", "forderten": "fordern", "fragten": "fragen", "riefen": "rufen",
    "sprachen": "sprechen", "nannten": "nennen", "bezeichneten": "bezeichnen", "kommentierten": "kommentieren",
    "verkündeten": "verkünden", "mahnten": "mahnen", "entgegneten": "entgegnen", "antworteten": "antworten",
    "bestritten": "bestreiten", "meldeten": "melden",
}
# Verbs that report words only when a quote follows: "nannte es „unerwartet“".
QUOTE_ONLY_VERBS = ("nannte", "bezeichnete", "sprach", "twitterte", "schilderte", "nannten", "bezeichneten", "sprachen")
# Verbs that may stand before their speaker: "„…“, sagte Helga Brandt", "…, so McAdams".
INVERTING_VERBS = ("sagte", "sagten", "sagt", "erklärte", "erklärten", "betonte", "meinte", "schrieb", "berichtete",
                   "warnte", "kritisierte", "bestätigte", "behauptete", "argumentierte", "ergänzte", "unterstrich",
                   "fügte", "räumte", "teilte", "erläuterte", "versicherte", "bekräftigte", "fragte", "rief", "so",
                   "sagen", "erklären", "betonen", "warnen", "meinen", "schreiben", "berichten", "kritisieren",
                   "fordern", "betonten", "meinten", "schrieben", "berichteten", "warnten", "kritisierten",
                   "bestätigten", "ergänzten", "fügten", "räumten", "teilten", "versicherten", "bekräftigten")
# Participles that report what the subject of the sentence says ("…, betonend, dass …"); rare in German.
REPORTING_PARTICIPLES = ("betonend", "erklärend", "verweisend", "unterstreichend")
# Verbs by which a newspaper or agency reports: "wie der Spiegel berichtete".
OUTLET_VERBS = ("berichtete", "berichtet", "berichteten", "meldete", "meldet", "schrieb", "schreibt")
# What a document does: "Die Klage behauptet", "Der Bericht zeigt"; the last three only documents do.
DOCUMENT_VERBS = {
    "behauptet": "behaupten", "behauptete": "behaupten", "besagt": "besagen", "besagte": "besagen",
    "wirft": "vorwerfen", "warf": "vorwerfen", "argumentiert": "argumentieren",
    "argumentierte": "argumentieren", "erklärt": "erklären", "erklärte": "erklären", "zeigt": "zeigen",
    "zeigte": "zeigen", "listet": "auflisten", "nennt": "nennen", "nannte": "nennen", "sagt": "sagen",
    "sagte": "sagen", "beschreibt": "beschreiben", "beschrieb": "beschreiben",
}
DOCUMENT_ONLY_VERBS = ("zeigt", "zeigte", "listet")
# Cues that attribute without a verb of saying, by kind. Placeholders: X is the source.
ATTRIBUTION_CUES = {
    "according_to": ("laut X", "X zufolge", "nach Angaben X", "nach Ansicht X"),
    "so": (", so X", "– so X"),
    "impersonal": ("heißt es in X", "hieß es in X", "steht es in X", "stand es in X", "verlautete es aus X",
                   "geht aus X hervor", "In X heißt es", "In X werden"),
    "circles": ("hieß es aus X-Kreisen", "aus X-Kreisen verlautete", "aus Kreisen der X"),
}
# The outlet a speaker talked to is no source: "sagte sie der Nachrichtenagentur dpa".
RECEIVER_CUES = ("sagte der X", "sagte dem X", "sagte er dem X", "sagte sie der X", "im Interview mit X",
                 "gegenüber X", "im Gespräch mit X")
OUTLET_WORDS = ("nachrichtenagentur", "agentur", "zeitung", "sender", "magazin", "blatt", "fernsehsender",
                "rundfunk", "portal", "tagesspiegel")
# News outlets and agencies, lower case, as a German text names them.
OUTLETS = ("dpa", "afp", "ap", "reuters", "epd", "kna", "apa", "sda", "bloomberg", "cnn", "bbc",
           "thomson reuters", "thomson reuters foundation", "agence france-presse", "associated press")

# Person roles, as lower-case stems: German compounds end in them ("Polizeisprecherin",
# "Hauptanwältin") and the gender is in the ending (GENDER_ENDINGS), unless the word itself shows it.
ROLE_WORDS = {
    "sprecher": None, "anwalt": None, "anwält": None, "direktor": None, "chef": None, "präsident": None,
    "minister": None, "leiter": None, "analyst": None, "expert": None, "professor": None, "sekretär": None,
    "vorsitzend": None, "gründer": None, "berater": None, "beamt": None, "vertreter": None,
    "mitarbeiter": None, "kanzler": None, "bürgermeister": None, "richter": None, "ermittler": None,
    "forscher": None, "ökonom": None, "manager": None, "geschäftsführer": None, "abgeordnet": None,
    "senator": None, "gouverneur": None, "botschafter": None, "aktivist": None, "autor": None,
    "journalist": None, "arzt": None, "ärzt": None, "kommissar": None, "offizier": None, "insider": None,
    "quelle": None, "diplomat": None, "wissenschaftler": None, "vorstand": None, "partner": None,
    "inhaber": None, "trainer": None, "koordinator": None, "referent": None, "lehrer": None,
    "pfarrer": None, "ingenieur": None, "historiker": None, "politiker": None, "kandidat": None,
    "kapitän": None, "inspektor": None, "dekan": None, "rektor": None, "bischof": None, "psycholog": None,
    "soziolog": None, "spezialist": None, "chirurg": None, "staatssekretär": None, "angeklagt": None,
    "verteidiger": None, "zeug": None, "kläger": None, "nachbar": None, "freund": None, "stadtrat": None,
    "stadträt": None, "gemeinderat": None, "gemeinderät": None, "landrat": None, "landrät": None,
    "regierungsrat": None, "regierungsrät": None, "nationalrat": None, "nationalrät": None,
    "ständerat": None, "ständerät": None, "kantonsrat": None, "kantonsrät": None, "generalsekretär": None,
    "fraktionschef": None,
    "kanzlerin": "f", "kollegin": "f", "kollege": "m", "schwester": "f", "bruder": "m", "mutter": "f",
    "vater": "m", "sohn": "m", "tochter": "f", "ehefrau": "f", "ehemann": "m", "landeshauptmann": "m",
    "landeshauptfrau": "f",
}
# Endings of a role word that show gender and number ("Sprecherin", "Expertinnen").
GENDER_ENDINGS = {"innen": "pl", "in": "f"}
# Role words that are also common surnames: "Jonas Richter" is a name, "Merkels Sprecher" is not.
SURNAME_LIKE_ROLES = ("richter", "kanzler", "partner", "berater", "trainer", "arzt")
HONORIFICS = ("herr", "frau", "dr", "prof")
# Titles that stand before a bare surname ("Bürgermeisterin Reker", "Kanzler Scholz").
TITLES = ("präsident", "präsidentin", "bürgermeister", "bürgermeisterin", "kanzler", "kanzlerin", "minister",
          "ministerin", "senator", "senatorin", "gouverneur", "gouverneurin", "papst", "könig", "königin",
          "richter", "richterin")
# Words in a name that make it an organisation ("Deutsche Bank", "Stiftung Warentest"), lower case.
ORGANISATION_WORDS = (
    "ag", "gmbh", "se", "kg", "bank", "universität", "ministerium", "stiftung", "verband", "polizei",
    "gericht", "institut", "partei", "amt", "behörde", "kommission", "agentur", "klinik", "krankenhaus",
    "zentrum", "regierung", "verein", "bundesamt", "gruppe", "bahn", "flughafen", "gewerkschaft", "sparkasse",
    "stadtwerke", "telekom", "versicherung", "volksbank", "werke",
)
# Institutions that speak without a name: "teilte die Polizei mit", "laut Staatsanwaltschaft".
INSTITUTION_WORDS = (
    "polizei", "regierung", "bundesregierung", "staatsanwaltschaft", "unternehmen", "konzern", "firma",
    "ministerium", "gericht", "behörde", "behörden", "stadt", "stiftung", "organisation", "kommission",
    "armee", "militär", "verwaltung", "stadtverwaltung",
)
# What a name is, said before it: "Konzern Volkswagen", "Softwareunternehmen Salesforce" (endings).
ORGANISATION_TYPES = ("unternehmen", "konzern", "firma", "hersteller", "autobauer", "gruppe", "verband",
                      "partei", "sender", "zeitung", "agentur", "ministerium", "behörde", "bank")
# "das Unternehmen sagte": the organisation the article spoke of last.
ANAPHORIC_ORGANISATION_WORDS = ("unternehmen", "konzern", "firma")
DOCUMENT_WORDS = (
    "klage", "klagen", "klageschrift", "anklage", "anklageschrift", "bericht", "studie", "untersuchung",
    "gerichtsdokumente", "gerichtsdokumenten", "gerichtsakten", "gerichtsunterlagen", "dokument",
    "dokumente", "dokumenten", "unterlagen", "urteil", "gutachten", "mitteilung", "pressemitteilung",
    "schreiben", "brief", "umfrage", "analyse", "beschluss", "antrag", "stellungnahme", "erklärung",
    "protokoll", "akten",
    # Gesetze und Verträge: "Das Gesetz besagt", "Im Rundfunkgesetz heißt es"
    "gesetz", "gesetzentwurf", "grundgesetz", "verfassung", "vertrag", "abkommen", "verordnung", "richtlinie",
    "satzung", "regelung",
)
GROUP_WORDS = (
    "analysten", "analystinnen", "experten", "expertinnen", "kritiker", "kritikerinnen", "aktivisten",
    "aktivistinnen", "forscher", "forscherinnen", "wissenschaftler", "wissenschaftlerinnen", "beobachter",
    "ökonomen", "ökonominnen", "anwohner", "zeugen", "augenzeugen", "passanten", "ermittler", "ärzte",
    "fachleute", "beamte", "befürworter", "gegner", "menschenrechtler", "überlebende", "opfer",
    "investoren", "anleger", "händler", "demonstranten", "politiker", "insider", "diplomaten",
)
# People an article does not name, with an indefinite article: "eine 67-jährige Pensionistin".
ANONYMOUS_WORDS = (
    "mann", "frau", "pensionist", "pensionistin", "rentner", "rentnerin", "anwohner", "anwohnerin",
    "augenzeuge", "augenzeugin", "passant", "passantin", "bewohner", "bewohnerin", "demonstrant",
    "demonstrantin", "teilnehmer", "teilnehmerin",
)
# Sources too vague to list: "laut Medienberichten".
VAGUE_SOURCES = ("medienberichten", "medienberichte", "berichten", "angaben", "informationen", "schätzungen",
                 "medien", "zahlen", "daten")
# Quantifiers before a group -> the form after "laut" (dative): "einige Analysten" -> "laut einigen …".
QUANTIFIERS = {
    "einige": "einigen", "einigen": "einigen", "viele": "vielen", "vielen": "vielen", "mehrere": "mehreren",
    "mehreren": "mehreren", "manche": "manchen", "zahlreiche": "zahlreichen", "andere": "anderen",
    "anderen": "anderen", "zwei": "zwei", "drei": "drei", "vier": "vier", "die meisten": "den meisten",
}
# Personal pronouns of the third person -> what they can refer to: f, m, n (singular) or pl.
PRONOUNS = {"er": ("m",), "sie": ("f", "pl"), "es": ("n",)}
# Possessive determiners -> {gender or number of the noun: the dative form after "laut"}.
POSSESSIVES = {
    "ihr": {"m": "ihrem"}, "ihre": {"f": "ihrer", "pl": "ihren"}, "ihrem": {"m": "ihrem"},
    "ihren": {"pl": "ihren"}, "sein": {"m": "seinem"}, "seine": {"f": "seiner", "pl": "seinen"},
    "seinem": {"m": "seinem"}, "seinen": {"pl": "seinen"},
}
ARTICLES = ("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines")
# Words that open a clause but never name anyone ("Auch Müller sagte", "Alle Klägerinnen").
NOT_NAMES = (
    "auch", "dennoch", "trotzdem", "jetzt", "heute", "gestern", "damals", "zudem", "außerdem", "allerdings",
    "deshalb", "daher", "dazu", "darüber", "hier", "dort", "nun", "doch", "aber", "so", "dann", "jedoch",
    "am", "im", "in", "bei", "nach", "vor", "seit", "laut", "wie", "was", "das", "dies", "dieses", "es",
    "man", "sie", "er", "wir", "ich", "ihr", "der", "die", "den", "dem", "des", "ein", "eine", "und",
    "oder", "später", "zuvor", "bisher", "gleichzeitig", "weiter", "ebenfalls", "darauf", "deswegen",
    "aus", "mit", "auf", "während", "unter", "über", "zum", "zur", "dass", "als", "nachdem",
    "alle", "viele", "einige", "beide", "diese", "dieser", "jene", "manche", "mehrere", "jeder", "jede",
    "keine", "kein", "unsere", "andere", "sein", "seine", "seinem", "seinen", "ihre", "ihrem", "ihren",
    "zahlreiche", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "rund",
    "etwa", "knapp", "mehr", "menschen", "leute", "wochenende",
)
# Prepositions before a name make it a place or an object: "wie das Unternehmen in Hamburg mitteilte".
PREPOSITIONS = ("am", "im", "in", "bei", "nach", "vor", "seit", "auf", "aus", "mit", "während", "unter", "über",
                "zum", "zur", "von", "vom", "zu", "für", "an")
# Relative pronouns that end a name's apposition.
RELATIVE_PRONOUNS = ("der", "die", "das", "dessen", "deren", "welche", "welcher", "wo")
# Quotation marks: opener -> the marks that may close it. „…“ and »…« (Swiss «…»); typewriter and
# English-style marks occur in German texts too.
QUOTE_PAIRS = {"„": "“”", "»": "«", "«": "»", "‚": "‘’", "›": "‹", "‹": "›", "“": "”“", '"': '"'}

# --- the page around the story -----------------------------------------------------------------

# Cues of page furniture, by kind; each entry is literal text.
FURNITURE = {
    "byline": ("Von", "VON", "Text:", "Text von", "Autor:", "Autorin:"),
    "reading_time_label": ("Lesezeit", "Lesedauer"),
    "reading_time_unit": ("Min", "Min.", "min", "min.", "Minuten"),
    "reading_time_after": ("Lesezeit", "Lesedauer", "Lesen", "lesen", "Leserzeit"),
    "approximately": ("ca.",),
    "date_line_label": ("Veröffentlicht", "Aktualisiert", "Stand"),
    "date_line_on": ("am",),
    "credit_roles": ("Berichterstattung", "Zusätzliche Berichterstattung", "Bearbeitung", "Redaktion",
                     "Geschrieben", "Mitarbeit", "Recherche", "Übersetzung"),
    "editing_roles": ("Bearbeitung", "Redaktion"),
    "credit_by": ("von",),
    "boilerplate": ("Unsere Standards:", "Besuchen Sie", "©", "(c)", "Alle Rechte vorbehalten", "Mehr zum Thema",
                    "Lesen Sie auch", "Lesen Sie mehr", "Folgen Sie", "Melden Sie sich", "Newsletter",
                    "Teilen Sie"),
}
# German glues nouns together: "Montagabend", "Polizeisprecherin".
COMPOUNDS = True

# --- what Dossier writes -----------------------------------------------------------------------

PAGE_LABELS = {
    "to_sentence": "Zur Quelle",
    "to_sentence_title": "Den Satz im Originaltext zeigen",
    "article": "Artikel",
    "articles": "Artikel",
    "byline": "Autorin/Autor",
    "editors": "Bearbeitung",
    "outlet": "Medium",
    "dateline": "Ort",
    "published": "Veröffentlicht",
    "not_given": "nicht angegeben",
    "reading_time": "Lesezeit",
    "credits": "Mitarbeit",
    "boilerplate": "Hinweise des Mediums",
    "rights": "Rechte",
    "original": "Original",
    "sentence_hint": "Jeder Satz hat einen Anker: Fußnoten auf den anderen Seiten führen direkt zum "
                     "zitierten Satz, der hervorgehoben wird.",
    "headline": "Schlagzeile",
    "standfirst": "Unterzeile",
    "date": "Datum",
    "timeline": "Chronologie",
    "figures": "Zahlen & Fakten",
    "sources": "Quellen",
    "date_not_given": "Datum nicht angegeben",
    "announced": "Angekündigt",
    "announced_note": "Pläne, Termine und Erwartungen: Diese Ereignisse liegen nach dem Erscheinen ihres Artikels.",
    "from_article": "aus",
    "undated": "Ohne Datum",
    "undated_note": "Diese Ereignisse nennen nur einen Wochentag oder einen relativen Tag, und der Artikel "
                    "gibt kein Erscheinungsdatum an. Wir raten das Datum nicht.",
    "lead": "Worum es geht",
    "latest_events": "Die jüngsten Ereignisse",
    "figures_at_a_glance": "Zahlen auf einen Blick",
    "source_articles": "Quellartikel",
    "all_events": "Alle Ereignisse",
    "all_figures": "Alle Zahlen",
    "downloads": "Daten herunterladen",
    "quotes": "Zitate",
    "statements": "Aussagen",
    "kind_person": "Personen",
    "kind_organisation": "Organisationen",
    "kind_document": "Dokumente",
    "kind_group": "Gruppen",
    "kind_anonymous": "Anonyme Quellen",
    "kind_unattributed": "Zitate ohne genannte Quelle",
    "unattributed_note": "Diese Zitate stehen im Text in Anführungszeichen, ohne dass er sagt, von wem sie "
                         "stammen. Die Fußnote zeigt den Satz, in dem sie stehen.",
    "no_events": "Keine datierten Ereignisse gefunden.",
    "no_figures": "Keine Zahlen gefunden.",
    "no_sources": "Keine Quellen gefunden.",
    "generated_note": "Automatisch aus den Quellartikeln erzeugt. Jede Angabe ist mit dem Satz belegt, aus dem "
                      "sie stammt; Hinweise auf Fehler nimmt die Redaktion entgegen (siehe Fußzeile).",
    "per_year_note": "Ereignisse nach Jahr",
    "more_articles": "… und {n} weitere Artikel, alle in der Navigation unter „Artikel“.",
    "events_count": "{n} Ereignisse",
    "week_of": "Woche vom {}",
    "reading_minutes": "{n} Min.",
    "reporting": "Berichterstattung",
    "title_from_lead": "Der Artikel hat keine Überschrift; der Titel ist der Anfang seines ersten Satzes.",
    "corrections": "Korrekturen",
    "corrections_note": "Der Text dieses Artikels wurde korrigiert. Korrigierte Stellen sind markiert; "
                        "der ursprüngliche Wortlaut steht hier.",
    "correction_was": "{where}: Im Original steht „{original}“, korrigiert zu „{replacement}“.",
    "correction_original": "Im Original: {}",
    "paragraph_ref": "Absatz {p}",
    "sentence_ref": "Absatz {p}, Satz {s}",
    "overview": "Überblick",
    "overview_intro": "Dieses Dossier ordnet, was die Quellartikel berichten: eine Chronologie der Ereignisse, die "
                      "wichtigsten Zahlen und wer was gesagt hat. Jede Angabe ist mit dem Satz belegt, aus dem sie "
                      "stammt.",
    "overview_articles": "Quellartikel",
    "overview_outlets": "Medien",
    "overview_published": "Erschienen",
    "overview_events": "Ereignisse",
    "overview_figures": "Zahlen",
    "overview_sources": "Meistzitierte Quellen",
    "span": "{start} bis {end}",
    "updated": "Stand: {date}",
    "updated_note": "Datum des jüngsten Quellartikels",
    "footer_corrections": "Fehler gefunden? Korrekturen und Hinweise",
    "footer_rights": "Die Quellartikel gehören ihren Medien; sie werden hier mit Quellenangabe zur Dokumentation "
                     "wiedergegeben.",
    "boilerplate_summary": "Hinweise des Mediums anzeigen",
}
# How a qualifier code is written on a page.
QUALIFIER_LABELS = {
    "more than": "mehr als", "less than": "weniger als", "about": "rund", "nearly": "knapp", "almost": "fast",
    "up to": "bis zu", "at least": "mindestens", "at most": "höchstens", "between": "zwischen",
}
# How a period code is written on a page; {} is the year or the month.
PERIOD_LABELS = {
    "early": "Anfang {}", "mid": "Mitte {}", "late": "Ende {}", "spring": "Frühjahr {}", "summer": "Sommer {}",
    "autumn": "Herbst {}", "winter": "Winter {}", "Q1": "1. Quartal {}", "Q2": "2. Quartal {}",
    "Q3": "3. Quartal {}", "Q4": "4. Quartal {}", "H1": "1. Halbjahr {}", "H2": "2. Halbjahr {}",
}
