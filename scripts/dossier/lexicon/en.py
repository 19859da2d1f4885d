"""English: the words Dossier reads and writes, keyed by what they mean. Pure data, no code.

Same conventions as ``de.py``: words as written in a text, the first word of each meaning is its
canonical form, and the slots that hold stems say so.
"""

# --- dates -------------------------------------------------------------------------------------

MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12,
}
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
    "Nov": 11, "Dec": 12,
}
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}
WEEKDAY_ABBREVIATIONS = {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6,
}
DAY_PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night"}
RELATIVE_DAYS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
}
RELATIVE_WORDS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
# "early 2020", "mid-March"; a noun needs "of": "the end of 2019", "the beginning of March".
PERIODS = {
    "early": "early", "mid": "mid", "late": "late", "beginning of": "early", "start of": "early",
    "middle of": "mid", "end of": "late",
}
# "Fall" with a capital is left out: in a German text it is a noun ("in dem Fall").
SEASONS = {
    "spring": "spring", "Spring": "spring", "summer": "summer", "Summer": "summer", "autumn": "autumn",
    "Autumn": "autumn", "fall": "autumn", "winter": "winter", "Winter": "winter",
}
TIME_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "quarter": "quarter", "half": "half"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# --- numbers -----------------------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
INDEFINITE_ARTICLES = ("a", "an")
# An age by its decade: "in their mid-twenties".
DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}
SCALES = {
    "hundred": 10**2, "thousand": 10**3, "million": 10**6, "mln": 10**6, "billion": 10**9, "bln": 10**9,
    "bn": 10**9, "trillion": 10**12,
}
CURRENCIES = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "us-dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "british pounds": "GBP", "£": "GBP", "gbp": "GBP",
    "swiss francs": "CHF", "swiss franc": "CHF", "chf": "CHF", "australian dollars": "AUD",
    "canadian dollars": "CAD", "hong kong dollars": "HKD", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
    "złoty": "PLN", "złotys": "PLN", "zloty": "PLN", "zlotys": "PLN", "pln": "PLN", "kroner": "DKK",
    "krona": "SEK", "kronor": "SEK", "rubles": "RUB", "roubles": "RUB", "pesos": "PHP",
}
CURRENCY_PREFIXES = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "chf": "CHF",
    "a$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL",
}
QUALIFIERS = {
    "more than": "more than", "over": "more than", "just over": "more than", "well over": "more than",
    "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "nearly": "nearly", "almost": "almost",
    "up to": "up to", "at least": "at least", "less than": "less than", "fewer than": "less than",
    "under": "less than", "just under": "less than", "at most": "at most", "no more than": "at most",
    "as many as": "up to", "as much as": "up to", "as high as": "up to",
}
# After a bare number, these show that it counts what the figure before it counts ("one passenger
# seriously injured, and two more", "54 nations have signed, only 27 have ratified").
ELLIPSIS_WORDS = ("more", "others", "other", "each", "apiece", "have", "had", "were", "from")
# After a number, a relative pronoun that makes it a count of people ("the 2.8 million who voted").
PERSON_RELATIVES = ("who", "whom")
# Dates told relative to the event just before: days from it ("the previous day": -1).
ANAPHORIC_DATES = {"later that day": 0, "the same day": 0, "that same day": 0, "later in the day": 0,
                   "later in the evening": 0, "that evening": 0, "that night": 0, "later that night": 0,
                   "earlier that day": 0, "the previous day": -1, "the day before": -1, "the previous evening": -1,
                   "the next day": 1, "the following day": 1, "the day after": 1, "at the time": 0}
# Words around "41-22", "3-1" that make it a vote or a score, not a range.
SCORE_WORDS = ("vote", "votes", "voted", "win", "won", "victory", "defeat", "lost", "beat", "draw", "score",
               "scoreline", "margin", "majority", "ruling", "decision", "verdict")

# --- speakers: who says something --------------------------------------------------------------

VERBS_OF_SAYING = {
    "said": "say", "says": "say", "say": "say", "saying": "say", "added": "add", "adds": "add",
    "wrote": "write", "writes": "write", "told": "tell", "tells": "tell", "explained": "explain",
    "noted": "note", "argued": "argue", "argues": "argue", "argue": "argue", "claimed": "claim",
    "claims": "claim", "claim": "claim", "alleged": "allege", "alleges": "allege", "allege": "allege",
    "warned": "warn", "warns": "warn", "warn": "warn", "insisted": "insist", "stated": "state",
    "states": "state", "continued": "continue", "acknowledged": "acknowledge", "confirmed": "confirm",
    "asserted": "assert", "contended": "contend", "contends": "contend", "maintained": "maintain",
    "estimated": "estimate", "estimate": "estimate", "estimates": "estimate", "believe": "believe",
    "believes": "believe", "reported": "report", "reports": "report", "asked": "ask", "accused": "accuse",
    "announced": "announce", "announces": "announce",
    "apologised": "apologise", "apologized": "apologize", "commented": "comment", "tweeted": "tweet",
    "indicated": "indicate", "suggested": "suggest", "admitted": "admit", "denied": "deny",
    "replied": "reply", "responded": "respond", "declared": "declare", "revealed": "reveal",
    "remarked": "remark", "urged": "urge", "called": "call", "described": "describe",
    "condemned": "condemn", "cited": "cite", "citing": "cite", "spoke": "speak", "posted": "post",
    "stressed": "stress", "emphasised": "emphasise", "emphasized": "emphasize", "accusing": "accuse",
    "arguing": "argue", "calling": "call", "claiming": "claim", "describing": "describe", "explaining": "explain",
    "insisting": "insist", "noting": "note", "stressing": "stress", "warning": "warn",
}
QUOTE_ONLY_VERBS = ("called", "described", "condemned", "cited", "citing", "spoke", "posted")
# Verbs that may stand before their speaker: '"…," said Helen Ward', "…, tweeted Mayor Sadiq Khan".
INVERTING_VERBS = ("said", "says", "added", "wrote", "explained", "noted", "argued", "claimed", "warned", "insisted",
                   "continued", "writes", "asked", "tweeted", "commented", "announced", "stated", "replied",
                   "responded", "remarked")
# Participles that report what the subject of the sentence says: "Calida filed a petition, accusing …".
REPORTING_PARTICIPLES = ("saying", "accusing", "adding", "arguing", "claiming", "citing", "calling", "warning",
                         "noting", "insisting", "describing", "stressing", "explaining")
# Verbs by which a newspaper or agency reports: "as the Guardian reported".
OUTLET_VERBS = ("reported", "reports", "wrote", "writes")
DOCUMENT_VERBS = {
    "says": "say", "said": "say", "alleges": "allege", "alleged": "allege", "claims": "claim",
    "claimed": "claim", "states": "state", "stated": "state", "argues": "argue", "argued": "argue",
    "shows": "show", "showed": "show", "show": "show", "found": "find", "finds": "find",
    "contends": "contend", "contended": "contend", "asserts": "assert", "asserted": "assert", "reads": "read",
    "lists": "list", "listed": "list", "describes": "describe", "described": "describe", "accuses": "accuse",
    "accused": "accuse",
}
DOCUMENT_ONLY_VERBS = ("shows", "showed", "show", "found", "finds", "lists", "listed")
ATTRIBUTION_CUES = {
    "according_to": ("according to X",),
    "impersonal": ("in X, …", "X filed", "X reads"),
    "familiar": ("people familiar with X", "a person briefed on X", "sources close to X",
                 "officials with knowledge of X"),
}
RECEIVER_CUES = ("told X", "told the X", "said in an interview with X", "speaking to X", "in an interview with X")
OUTLET_WORDS = ("news agency", "newspaper", "broadcaster", "magazine", "network", "radio", "television",
                "times", "telegraph", "express", "mirror", "herald", "post", "mail")
OUTLETS = ("reuters", "thomson reuters", "thomson reuters foundation", "associated press",
           "the associated press", "ap", "afp", "agence france-presse", "dpa", "bloomberg", "cnn", "bbc")

# Person roles, lower case, with the gender where the word shows it.
ROLE_WORDS = {
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "lawyer": None, "attorney": None,
    "director": None, "chief": None, "executive": None, "ceo": None, "president": None, "minister": None,
    "official": None, "analyst": None, "expert": None, "professor": None, "secretary": None,
    "chairman": "m", "chairwoman": "f", "chair": None, "founder": None, "co-founder": None, "adviser": None,
    "advisor": None, "representative": None, "officer": None, "manager": None, "head": None, "leader": None,
    "senator": None, "governor": None, "mayor": None, "judge": None, "prosecutor": None, "researcher": None,
    "economist": None, "activist": None, "source": None, "author": None, "doctor": None, "counsel": None,
    "commissioner": None, "ambassador": None, "aide": None, "insider": None, "employee": None,
    "diplomat": None, "person": None, "partner": None, "coordinator": None, "strategist": None,
    "scientist": None, "investigator": None, "owner": None, "editor": None, "fellow": None, "lecturer": None,
    "campaigner": None, "physician": None, "nurse": None, "teacher": None, "pastor": None, "priest": None,
    "engineer": None, "consultant": None, "historian": None, "lawmaker": None, "politician": None,
    "candidate": None, "coach": None, "captain": None, "detective": None, "inspector": None, "dean": None,
    "principal": None, "bishop": None, "plaintiff": None, "defendant": None, "surgeon": None,
    "sister": "f", "brother": "m", "mother": "f", "father": "m", "son": "m", "daughter": "f", "wife": "f",
    "husband": "m", "friend": None, "neighbour": None, "neighbor": None, "colleague": None, "witness": None,
    "psychologist": None, "sociologist": None, "specialist": None, "solicitor": None, "barrister": None,
    "constable": None, "superintendent": None, "criminologist": None, "speaker": None, "gov.": None,
    "sen.": None, "rep.": None, "gen.": None, "councillor": None, "councilman": "m", "councilwoman": "f",
    "trustee": None, "businessman": "m", "businesswoman": "f", "congressman": "m", "congresswoman": "f",
    "actor": "m", "actress": "f", "administrator": None, "admiral": None, "broadcaster": None, "cardinal": None,
    "chairperson": None, "commandant": None, "general": None, "imam": None, "marshal": None, "pope": None,
    "premier": None, "presenter": None, "producer": None, "rabbi": None, "selectman": "m", "selectwoman": "f",
    "sheriff": None,
}
GENDER_ENDINGS = {"woman": "f", "women": "pl", "man": "m", "men": "pl"}
SURNAME_LIKE_ROLES = ("partner", "judge", "mayor", "bishop", "dean", "coach", "chief")
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady")
# Titles that stand before a bare surname ("President Trump"); no first name looks like them.
TITLES = ("president", "mayor", "senator", "sen", "governor", "gov", "minister", "chancellor", "premier",
          "commissioner", "secretary", "pope", "king", "queen", "prince", "princess", "admiral", "general",
          "judge", "inspector")
ORGANISATION_WORDS = (
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "bank", "university", "ministry",
    "foundation", "association", "council", "department", "agency", "police", "court", "institute", "party",
    "union", "company", "organisation", "organization", "office", "news", "times", "post", "house", "network",
    "fund", "committee", "service", "services", "watch", "international", "commission", "clinic", "school",
    "college", "hospital", "board", "bureau", "centre", "center", "airlines", "motors", "technologies",
    "systems", "labs", "holdings", "partners", "capital", "nations", "government", "club", "authority",
    # seats of power that speak for a government: "Downing Street said"
    "guard", "street", "kremlin", "whitehall", "pentagon", "élysée", "elysee", "palace", "hall", "airport", "reuters",
)
INSTITUTION_WORDS = (
    "police", "government", "ministry", "court", "authorities", "military", "army", "department", "agency",
    "commission", "administration", "council", "prosecutor's office", "white house", "company", "firm",
)
ORGANISATION_TYPES = ("company", "firm", "group", "carmaker", "bank", "retailer", "giant", "operator", "maker",
                      "manufacturer", "airline", "insurer", "lender", "chain", "supermarket", "producer", "startup",
                      "conglomerate", "utility", "broadcaster", "publisher", "developer", "automaker", "drugmaker")
ANAPHORIC_ORGANISATION_WORDS = ("company", "firm", "group", "drugmaker", "carmaker", "automaker", "retailer",
                                "lender", "insurer")
DOCUMENT_WORDS = (
    "lawsuit", "lawsuits", "suit", "complaint", "report", "study", "filing", "filings", "court filing",
    "court filings", "court documents", "document", "documents", "indictment", "ruling", "letter", "survey",
    "analysis", "memo", "petition", "affidavit", "statement", "press release", "records", "transcript",
    "judgment", "verdict", "motion",
    # laws and agreements: "The law states", "the Clean Air Act says"
    "law", "act", "bill", "statute", "constitution", "treaty", "agreement", "contract", "regulation",
    "regulations", "decree", "directive", "guidelines",
)
GROUP_WORDS = (
    "analysts", "experts", "critics", "activists", "researchers", "scientists", "observers", "economists",
    "residents", "witnesses", "eyewitnesses", "bystanders", "investigators", "doctors", "officials",
    "campaigners", "advocates", "survivors", "victims", "lawmakers", "investors", "traders", "prosecutors",
    "diplomats", "protesters", "sources", "executives", "employees", "scholars", "authorities", "rescuers",
    "firefighters", "mps", "legislators", "senators", "ministers", "councillors", "leaders", "members",
    "democrats", "republicans",
)
ANONYMOUS_WORDS = ("man", "woman", "resident", "bystander", "passer-by", "protester", "eyewitness", "student",
                   "worker", "local")
VAGUE_SOURCES = ("reports", "estimates", "media", "data", "figures")
QUANTIFIERS = {
    "some": "some", "many": "many", "several": "several", "most": "most", "few": "few", "a few": "a few",
    "numerous": "numerous", "other": "other", "two": "two", "three": "three", "four": "four",
    "a number of": "a number of", "a group of": "a group of", "dozens of": "dozens of",
    "hundreds of": "hundreds of",
}
PRONOUNS = {"he": ("m",), "she": ("f",), "it": ("n",), "they": ("pl",)}
POSSESSIVES = {"his": {"m": "his", "f": "his", "pl": "his"}, "her": {"m": "her", "f": "her", "pl": "her"},
               "their": {"m": "their", "f": "their", "pl": "their"}, "its": {"m": "its", "f": "its", "pl": "its"},
               "our": {"m": "our", "f": "our", "pl": "our"}}
ARTICLES = ("the", "a", "an")
NOT_NAMES = (
    "but", "and", "he", "she", "it", "they", "we", "i", "you", "this", "that", "the", "however", "still",
    "yet", "also", "then", "now", "today", "yesterday", "on", "at", "last", "earlier", "later", "when",
    "while", "as", "if", "a", "an", "there", "his", "her", "its", "their", "meanwhile", "instead",
    "separately", "previously", "for", "of", "from", "after", "before", "since", "during", "in", "so",
    "according", "many", "some", "most", "others", "all", "both", "few", "several", "people", "those",
    "these", "every", "each", "no", "weekend",
)
PREPOSITIONS = ("on", "at", "for", "of", "from", "after", "before", "since", "during", "in", "to", "by", "with",
                "near", "outside", "inside", "into")
RELATIVE_PRONOUNS = ("who", "whose", "which", "that", "where")
# British style opens with ‘; its closer must not be an apostrophe inside a word ("company’s").
QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "”": "”", "'": "'"}

# --- the page around the story -----------------------------------------------------------------

FURNITURE = {
    "byline": ("By", "BY", "Written by"),
    "reading_time_label": ("Reading time",),
    "reading_time_unit": ("min", "min.", "mins", "minute", "minutes"),
    "reading_time_after": ("Read", "read"),
    "approximately": ("about",),
    "date_line_label": ("Updated", "Published", "Last modified"),
    "date_line_on": ("on",),
    "credit_roles": ("Reporting", "Additional reporting", "Editing", "Writing", "Compiled", "Translation"),
    "editing_roles": ("Editing",),
    "credit_by": ("by",),
    "boilerplate": ("Our Standards:", "Visit", "©", "(c)", "Copyright", "All rights reserved", "Read more",
                    "Related:", "Follow us", "Sign up", "Newsletter", "Share this"),
}
COMPOUNDS = False

# --- what Dossier writes -----------------------------------------------------------------------

PAGE_LABELS = {
    "to_sentence": "To the source",
    "to_sentence_title": "Show the sentence in the source text",
    "article": "Article",
    "articles": "Articles",
    "byline": "By",
    "editors": "Editing",
    "outlet": "Outlet",
    "dateline": "Dateline",
    "published": "Published",
    "not_given": "not given",
    "reading_time": "Reading time",
    "credits": "Credits",
    "boilerplate": "Notes from the outlet",
    "rights": "Rights",
    "original": "Original",
    "sentence_hint": "Every sentence has an anchor: footnotes on the other pages lead straight to the "
                     "quoted sentence, which is highlighted.",
    "headline": "Headline",
    "standfirst": "Standfirst",
    "date": "Date",
    "timeline": "Timeline",
    "figures": "Key figures",
    "sources": "Sources",
    "date_not_given": "date not given",
    "announced": "Coming up",
    "announced_note": "Plans, deadlines and expectations: these events lie after their article was published.",
    "from_article": "from",
    "undated": "Undated",
    "undated_note": "These events name only a weekday or a relative day, and the article gives no date of "
                    "publication. We do not guess the date.",
    "lead": "What this is about",
    "latest_events": "Latest events",
    "figures_at_a_glance": "Figures at a glance",
    "source_articles": "Source articles",
    "all_events": "All events",
    "all_figures": "All figures",
    "downloads": "Download the data",
    "quotes": "Quotes",
    "statements": "Statements",
    "kind_person": "People",
    "kind_organisation": "Organisations",
    "kind_document": "Documents",
    "kind_group": "Groups",
    "kind_anonymous": "Anonymous sources",
    "kind_unattributed": "Quotes with no named speaker",
    "unattributed_note": "The text puts these words in quotation marks without saying whose they are. "
                         "The footnote shows the sentence they stand in.",
    "no_events": "No dated events found.",
    "no_figures": "No figures found.",
    "no_sources": "No sources found.",
    "generated_note": "Generated from the source articles. Every fact is cited to the sentence it comes from; "
                      "to report an error, see the footer.",
    "per_year_note": "Events by year",
    "more_articles": "… and {n} more articles, all in the navigation under “Articles”.",
    "events_count": "{n} events",
    "week_of": "week of {}",
    "reading_minutes": "{n} min read",
    "reporting": "Reporting",
    "title_from_lead": "The article has no headline; its title is the beginning of its first sentence.",
    "corrections": "Corrections",
    "corrections_note": "The text of this article has been corrected. Corrected words are marked; the "
                        "original wording is listed here.",
    "correction_was": "{where}: the original reads “{original}”, corrected to “{replacement}”.",
    "correction_original": "Originally: {}",
    "paragraph_ref": "paragraph {p}",
    "sentence_ref": "paragraph {p}, sentence {s}",
    "overview": "Overview",
    "overview_intro": "This dossier sets out what the source articles report: a timeline of the events, the key "
                      "figures and who said what. Every fact is cited to the sentence it comes from.",
    "overview_articles": "Source articles",
    "overview_outlets": "Outlets",
    "overview_published": "Published",
    "overview_events": "Events",
    "overview_figures": "Figures",
    "overview_sources": "Most cited sources",
    "span": "{start} to {end}",
    "updated": "Last updated {date}",
    "updated_note": "date of the newest source article",
    "footer_corrections": "Found an error? Corrections and feedback",
    "footer_rights": "The source articles belong to their outlets; they are reproduced here with attribution, for "
                     "documentation.",
    "boilerplate_summary": "Show the notes from the outlet",
}
QUALIFIER_LABELS = {
    "more than": "more than", "less than": "less than", "about": "about", "nearly": "nearly", "almost": "almost",
    "up to": "up to", "at least": "at least", "at most": "at most", "between": "between",
}
PERIOD_LABELS = {
    "early": "early {}", "mid": "mid-{}", "late": "late {}", "spring": "spring {}", "summer": "summer {}",
    "autumn": "autumn {}", "winter": "winter {}", "Q1": "Q1 {}", "Q2": "Q2 {}", "Q3": "Q3 {}", "Q4": "Q4 {}",
    "H1": "first half of {}", "H2": "second half of {}",
}
