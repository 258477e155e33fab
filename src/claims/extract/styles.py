"""Citation styles whose shape settles a field for certain, applied after rules and labeller.

Each recogniser reads the printed text of one citation and, where its pattern holds, says
what a field is: a Bluebook reporter or journal (``23 Rev. Fin. 697 (2019)``: the container
is ``Rev. Fin.``, the title ends before it), a chapter ``…, in Book (eds., 2019)``, an
Official Journal reference (``(PB L 281 van 23.11.1995, blz. 31)``), a website printed
before the title (``usatoday.com, Title``), a list of persons before an unquoted title, and
an outlet field that kept a volume, page or pinpoint. Nothing here looks at a publisher of
documents: the patterns are those of the citation styles.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from claims.extract.dates import find_dates
from claims.extract.kinds import is_legal_title
from claims.extract.names import (
    COMPANY_SUFFIX,
    has_organisation_word,
    is_known_outlet,
    is_outlet_name,
    looks_like_name_phrase,
    looks_like_organisation,
    looks_like_person,
    split_authors,
    split_person,
    strip_name,
)
from claims.records import Contributor, PartialDate, SourceRecord

# a citation's opening signal ("See also", "For … see", "cf.", "quoted in"); the parser in
# claims.extract.citations strips the same one
SIGNAL = re.compile(
    # a topic before a signal and its colon: "On the place of media in …, see: Valaskakis, …"
    r"^(?:(?:for|on|in|regarding)\s+(?:[\w’'-]+,?\s+){1,30}?(?:also\s+)?see(?:\s+also)?"
    r"(?:,?\s+(?:e\.g\.|for example),?)?:"
    # a topic, a comma, then the signal: "For official Israeli positions on …, see", "In this
    # regard, see"
    r"|(?:for|in|on|regarding)\s+(?:[\w’'-]+\s+){0,20}?[\w’'-]+,\s+see(?:\s+also)?\b"
    r"(?:,?\s+(?:e\.g\.|generally),?)?"
    r"|(?:for\s+(?:[\w’'-]+,?\s+){1,6}?)?(?:also\s+see|see|compare)(?:\s+also\b,?)?:?"
    r"(?:,?\s+(?:e\.g\.|for example|generally|in particular),?:?)?,?"
    r"|cf(?:\.|(?=,\s+e\.g\.))(?:,?\s+e\.g\.,?)?"
    r"|(?-i:cf)(?=\s+[A-Z‘'“\"])"  # OSCOLA's "cf" has no full stop
    r"|(?:vgl\.|siehe)(?:\s+(?:auch|dazu|etwa|hierzu|u\.\s?a\.|z\.\s?B\.))*:?"
    r"|(?:e\.g\.,?|for example,?|for instance,)(?:\s+see(?:\s+also)?\b,?)?"
    r"|quoted in|cited in|as cited in"
    r"|or(?=\s+[A-Z])"  # "…; or Jon Brodkin, “Title,” …": the second of two alternatives
    r"|(?-i:Also),(?=\s+[A-Z])"  # "… para. 6.13. Also, V.D. v. Russian Federation (…)"
    # a translator's or editor's remark first: "Author's translation. Peter de Graaf, …"
    r"|(?:(?:the\s+)?author[’']s\s+translation|(?:my|our)\s+translation|translated\s+by\s+the"
    r"\s+author|emphasis\s+(?:added|mine|in\s+(?:the\s+)?original)|(?:internal\s+)?citations?"
    r"\s+omitted|footnotes?\s+omitted)\.)\s+",
    re.IGNORECASE,
)
# a title naming an interview: "GovLab interview with Leodelma de Marilac Felix"
INTERVIEW_WITH = re.compile(r"\binterview(?:s|ed)?\s+with\b", re.IGNORECASE)
_QUOTES = '“”"„«»'
# "23 Rev. Fin. 697, 698 (2019)", "193 U.S. 197 (1904)", "86 Fed. Reg. 36,987 (July 9, 2021)"
# (a colon may join a journal's name to its subtitle: "19 CURRENTS: INT'L TRADE L.J. 3 (2010)")
_REPORTER_WORD = r"(?:[A-Z][\w.’'&:]*|\d(?:d|th|st|nd|rd)\b\.?|of|and|on|&)"
_REPORTER = re.compile(
    r",\s+(?P<volume>\d{1,6})\s+(?P<reporter>[A-Z][\w.’'&:]*(?:\s+" + _REPORTER_WORD + r")*?)"
    r"\s+(?P<page>\d{1,3}(?:,\d{3})?|\d{1,5})(?:,\s*\d[\d–-]*){0,4}\s*"  # "805, 810, 879–80"
    r"\((?P<court>[^()]*?)(?P<year>\d{4})\)"
)
# a journal article not yet paged (forthcoming, or a slip opinion): "…, 136 HARV. L. REV. (2022)";
# two words or more, abbreviated, so "2 Vols. (2019)" is no journal
_UNPAGED = re.compile(
    r",\s+(?P<volume>\d{1,4})\s+(?P<reporter>[A-Z][\w’'&]*\.(?:\s+(?:[A-Z][\w’'&]*\.?|&))+)"
    r"\s*\((?P<court>)(?P<year>\d{4})\)"
)
_PAREN = re.compile(
    r"\((?P<inner>(?:[^()]|\([^()]{0,20}\)){4,120})\)(?=\s*(?:$|[,.]\s*$|[,.]?\s*(?:https?:|www\.|\()"
    r"|(?:fns?|nn?)\.?\s+\d{1,4}\.?$))"  # OSCOLA's pinpoint to a note: "(… 2014) fn 2"
)
_IN_BOOK = re.compile(r",\s+in\s+(?P<book>[A-Z][^()]{3,200}?)\s*\((?P<paren>[^()]*\d{4})\)")
# a signal inside a lead-in: "For illustrative cases, see, for example, Pavesich v. …"
_INNER_SIGNAL = re.compile(
    r"(?:^|[,.;:]\s+|\s\()(?:see|cf\.)(?:,?\s+(?:also|e\.g\.,?|for example,?|generally,?))*\s+",
    re.IGNORECASE,
)
_QUOTED_PIECE = re.compile(r"(?:^|[,:]\s*|\.\s+)[“\"„«]|(?:^|,\s+)[‘'](?=[\w“\"])")
_LEAD_IN = re.compile(r"^[^:“”\"()]{1,160}?:\s+")
# "Supreme Court of India", "High Court of Delhi", "Court of Appeal", "District Court"
_COURT_NAME = re.compile(
    r"(?:The\s+)?(?:(?:Supreme|High|District|Circuit|Constitutional|Federal|Appeals?|County|Crown)"
    r"\s+Court(?:\s+of(?:\s+[A-Z][\w.’'-]*){1,3})?|Court\s+of(?:\s+[A-Z][\w.’'-]*){1,3})"
)
# a sentence of explanation, then a signal: "… information in EHRs. See, McGuire, A. …"
_PROSE_THEN_SEE = re.compile(r"^(?P<prose>[^“”\"()\d]{30,400}?[a-z]\.)\s+(?=(?i:see|cf\.)[\s,])")
# the same with quotations and asides in the prose, before a capital "See": "… briefly discusses
# “News Accuracy Bonds.” See Robin Hanson, …", "… devices (including warranties) … . See …"
_QUOTATION = re.compile(r"[“\"][^“”\"]*[”\"]")  # the prose's words are counted without them
_QUOTING_PROSE_THEN_SEE = re.compile(
    r"^(?P<prose>[^\d]{30,600}?(?:[a-z)]\.|[a-z][.,]?[”\"’]|[”\"’]\.))\s+(?=(?:See|Cf\.)[\s,])"
)
_NAME = r"(?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.))*\s+[A-Z][\w’'-]+"
# a sentence of explanation with no comma, then the reference's author: "People may share false
# reports for many reasons. Scott Alexander, The Toxoplasma of Rage, …" (a reference before the
# name would have its own commas)
_PROSE_THEN_NAME = re.compile(
    r"^(?P<prose>[A-Z][^“”\"(),\d]{25,300}?[a-z]\.)\s+(?="
    + _NAME
    + r"(?:\s+(?:&|and)\s+"
    + _NAME
    + r")?,\s+[A-Z])"
)
# the same with commas in the sentence ("Similarly, Yochai Benkler and others contend that …,
# rather than …. Yochai Benkler et al., Mail-In Voter Fraud, …"): a longer sentence, to be prose
_PROSE_WITH_COMMAS_THEN_NAME = re.compile(
    r"^(?P<prose>[A-Z][^“”\"()\d]{40,400}?[a-z]\.)\s+(?="
    + _NAME
    + r"(?:\s+(?:&|and)\s+"
    + _NAME
    + r")?(?:\s+et\s+al\.)?,\s+[A-Z])"
)
_PROSE_WITH_COMMAS_WORDS = 14
_PROSE_LEAD_WORDS = 6  # fewer than a sentence of prose before a signal: the name settles it
# "Title, Jennifer C. Kerr. AP, 6/19/13", "Title by Josh Halliday. The Guardian, 8/8/11"
_BYLINE = re.compile(
    r"^(?P<title>[^“”\"]+?)(?:,|\s+by)\s+(?P<name>" + _NAME + r"|Anonymous)\.\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
_RULING = re.compile(
    r"(?i)(?:advisory\s+opinion|judg(?:e)?ment|order|decision|merits|preliminary\s+objections)"
    r"(?:\s*\([^()]{2,40}\))?"
)
_TREATY_SERIES = re.compile(
    r"^(?P<title>[A-Z][^“”\"]{5,300}?),\s+\d{1,4}\s+"
    r"(?P<series>U\.?N\.?T\.?S\.?|L\.?N\.?T\.?S\.?|I\.?L\.?M\.?|C?ETS)\s+\d+\b"
)
# the date of signature before the series, and a pinpoint to an article before it
_TREATY_SIGNED = re.compile(
    r"(?:\s+arts?\.\s+\d[\d–-]*(?:,\s*para\.\s*\d+)?)?,\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})$"
)
_APPLICATION_NUMBER = re.compile(
    r"^(?P<case>\S.*?\sv\.?\s.+?),?\s+(?i:app(?:lication)?s?\.?\s+nos?\.?|application\s+no\.?)"
    r"\s*\d"
)
_COURT_PAREN = re.compile(r"\((?P<court>ECtHR|ECHR|IACtHR|ACtHPR|CJEU|ECJ|HRC|CAT|CEDAW)\b")
_BACK_REFERENCE = re.compile(r"(?i)above|below|supra|op\.?\s*cit|loc\.?\s*cit")
_DOC_LABEL = re.compile(r"(?i)U\.?N\.?\s+doc(?:ument)?\b|app(?:lication)?s?\.?\s+nos?\b")
_LABEL_ABBREVIATION = re.compile(r"\b(?:No|Nos|Doc|Vol|Art|Arts|Para|Paras|Ch|Sec|Ser|Ref)$")
_TITLE_NAME_YEAR = re.compile(
    r"^(?P<title>[^“”\",]+?)\.\s+(?P<name>" + _NAME + r"),\s+(?P<year>\d{4})$"
)
# "Datablog + UK Riots 2011. The Guardian, 2011-12"
_TITLE_OUTLET_DATE = re.compile(
    r"^(?P<title>[^“”\",]+?)\.\s+(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}),\s+"
    r"(?P<date>[^,]+)$"
)
_APA = re.compile(
    # "ABS (Australian Bureau of Statistics) (2026) …": an acronym and its expansion
    r"^(?P<authors>[^()“”\"]{2,400}?(?:\s\([A-Z][^()“”\"]{3,80}\))?)[,.]?\s*"
    r"(?:\((?P<year>\d{4}|n\.\s?d)[a-z]?\.?\)[.,:]?|(?<!\d)(?P<bare_year>\d{4})[a-z]?[.,])\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
_APA_NAMES_OK = re.compile(r"\s+et\.?\s+al\.?$")
_APA_NAME = re.compile(
    r"(?:,?\s*(?:and|&)\s+|,\s*|^)(?P<family>[^,&]+?),\s+(?P<given>(?:[A-Z]\.\s?-?)*[A-Z]\.?)"
    r"(?=,|$|\s+(?:and|&)\s)"
)
# a family name, not prose ending in one: "van der Hof", "Zanfir-Fortuna", "O’Hara"
_FAMILY_WORDS = re.compile(
    r"^(?:(?:van|von|der|den|de|du|da|del|della|dos|la|le|ter|ten)\s+)*[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:van|von|der|den|de|du|da|del|la|le)\s+)*[A-Z][\w’'-]*){0,2}$"
)
# a medium in brackets (Harvard, "Cite Them Right"): "Title. [online] Site. Available at: …"
_MEDIUM = re.compile(r"\s*\[(?i:online|internet|pdf|video|podcast)\][.,]?")
_SITE = re.compile(
    r"\s*(?!Available\b|Retrieved\b)(?P<site>\w[^\[\]]{1,80}?)\.?\s+"
    r"(?=Available\b|Retrieved\b|https?:|www\.)"
)
# a site by its owner's name, then its address and nothing else but an access date
_OWNER_THEN_URL = re.compile(
    r"^(?P<name>[A-Z][^,“”\"()\d]{2,100}?(?:,\s*(?i:inc|ltd|llc)\.?)?),?\s+(?=https?:|www\.)"
)
_ACCESS_ONLY = re.compile(r"^\(?(?i:accessed|last\s+visited|retrieved|visited)\b[^()]*\)?\.?$")
# acronyms or organisations, an unquoted title, then "(Publisher, Year)" or "(…, 2025 to 2026)"
_ORG_NAME = r"(?:[A-Z]{2,}[\w-]*|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,4})"
_ORGS_TITLE_PAREN = re.compile(
    r"^(?P<orgs>"
    + _ORG_NAME
    + r"(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
    + _ORG_NAME
    + r"){0,3}),"
    r"\s+(?P<title>[A-Z](?:(?!https?:|www\.)[^()“”\"]){3,200}?)\s*"
    r"\((?!(?i:accessed|last|retrieved|visited))(?P<publisher>[^(),]{2,80}),\s*(?P<year>\d{4})"
    r"(?:\s*(?:to|–|-)\s*\d{4})?\)"
)
# a name, a dash, then the quoted title (a reference list's "Outlet — “Title” (date): URL")
_DASH_LEAD = re.compile(r"^(?P<name>[A-Z][^—–“”\",;:()]{1,60}?)\s+[—–]\s+(?=[“\"])")
_BLOG = re.compile(r"(?i)blog\b")
# MLA's "Family, Given. Title. Publisher, 2010."
_MLA = re.compile(
    r"^(?P<family>[A-Z][\w’'-]+),\s+(?P<given>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?)\.\s+"
    r"(?P<title>[A-Z][^.“”\"]{3,200}?)\.\s+(?=[A-Z])"
)
_HARVARD_AVAILABLE = re.compile(r"\bAvailable\s+(?:at|from):")
# "… healthcare. See Blasimme, A. (2018). …", "…, see: Data Trusts Initiative (2020b). …", the
# part cited first: "‘Annex 2: Graphical Representation’ in Manohar, S., … (2020). …"
_SEE_IN = re.compile(
    r"(?:(?:^|(?<=[\s,.;:]))(?i:see(?:\s+also)?(?:,\s+(?:for\s+example|e\.g\.),)?|available\s+at):?"
    r"|(?<=[’”])\s+in)\s+(?=[A-Z])"
)
# "… and safe outputs. Ritchie, F. (2017). The “Five Safes”: …": a sentence, then a reference
_SENTENCE_END = re.compile(r"(?<=[a-z)]\.)\s+(?=[A-Z])")
_NAME_SMALL_WORDS = frozenset(
    {"of", "and", "for", "the", "on", "in", "to", "at", "&", "de", "du", "la"}
)
_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_APA_TITLE_END = re.compile(
    r"\.\s+(?=[A-Z])|[.,:]?\s+(?=https?:|www\.|Available\b|Retrieved\b)"
    # a title ending in a question, then its journal or outlet and a volume or a date
    r"|(?<=[?!])\s+(?=[A-Z][^.?!:]{1,80}?\s*,\s+(?:[Vv]ol|\d|" + _MONTH_START + r"))"
)
# "Journal, 28(4), 833–859"; also with no comma before the volume: "Genet Med 10, pp. …",
# "PLoS ONE 11(2): e0148449"
_APA_JOURNAL = re.compile(
    r"(?P<journal>[A-Z][^,.()]{2,120}),\s*(?:Volume\s+)?\d"
    r"|(?P<bare>[A-Z][^,.()]{2,120}?)\s+\d{1,4}(?:\(\d{1,4}\))?[,:]"
)
# "United Nations General Assembly resolutions 59/209 of 20 December 2004", "67/221 of …"
_RESOLUTION = re.compile(
    r"^(?:(?P<body>[A-Z][\w’' ]{2,80}?)\s+(?i:resolutions?)\s+)?(?P<symbol>\d{1,4}/\d{1,4})"
    r"\s+of\s+(?P<date>.+)$"
)
# one of a run of resolutions (split by claims.extract.citations): "26/13 of 26 June 2014",
# "34/7 of 23 March 2017 on the right to privacy …", "recalling also General Assembly
# resolutions 68/167 of 18 December 2013", "A/HRC/38/L.10 of on the promotion, …"
_RESOLUTION_IN_RUN = re.compile(
    r"^(?:(?:and\s+)?(?:recalling|noting|reaffirming)\s+(?:also\s+)?)?"
    r"(?:(?P<body>[A-Z][\w’' ]{2,80}?)\s+(?i:resolutions?)\s+)?"
    r"(?P<symbol>\d{1,4}/\d{1,4}[A-Z]?|A/(?:[A-Z]+/)*\d+(?:/[\w.]+)*)\s+of\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    r"(?:\s*(?:on|containing|concerning|entitled)\b.*)?$",
    re.DOTALL,
)
# "“Title” (Amnesty International, March 2020)": the publisher and date in parentheses
_PAREN_PUBLISHER = re.compile(
    r"[”\"]\s*,?\s*\((?P<publisher>[^(),]{2,80}),\s*(?P<date>[^(),]+?(?:,\s*\d{4})?)"
    r"(?:,\s*(?:https?:|www\.)[^()]*)?\)"
)
# a reference manager's web page: "“Title,” Site (Publisher, Month D, YYYY), URL": the site is
# the outlet, the publisher named only when it is another ("CATO Institute (CATO Institute, …)")
_SITE_PAREN_PUBLISHER = re.compile(
    r"[”\"]\s+(?!https?:|www\.)(?P<site>[^,()“”\"]{2,80}?)\s+"
    r"\((?!(?i:accessed|retrieved|last|viewed))(?P<publisher>[^(),]{2,80}),\s*"
    r"(?P<date>[^(),]+?(?:,\s*\d{4})?)\)\s*(?:,\s*(?:https?:|www\.)|\.?$)"
)
# short forms: "supra note 16", "Jenkins, 177", "Jeffrey Wu et al., 7"
_SUPRA = re.compile(
    r"^(?:(?P<name>[^,()“”\"\d]{2,60}|[^,()“”\"\d]{2,40}\s\d{1,4}),\s+)?"
    r"(?:(?:supra|above|below),?\s+(?:note|n\.)\s*\d+(?:\s*\([^()]*\))?(?:,\s*(?:pp?\.|paras?\.)\s*"
    r"[\d–-]+)?|(?:at\s+)?\d[\d–-]*)\.?$"
)
# the last word of a short title, not of an author's name, before "supra"
_SHORT_TITLE_WORD = re.compile(
    r"\b(?:Hearings?|Report|Study|Survey|Proposal|Rule|Order|Outline|Memorandum|Comments?"
    r"|Transcript|Testimony|Guidance|Statement|Brief|Plan|Review|Notice|Letter|Complaint"
    r"|Motion|Petition|Opinion|Judgment|Declaration|Affidavit|Index|Top \d+)$"
)
# "Enhanced 9-1-1 Wireless Services, FCC, Retrieved: 6/7/14"
_TITLE_SITE_RETRIEVED = re.compile(
    r"^(?P<title>[^“”\"]+?),\s+(?P<site>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}),\s+"
    r"(?i:retrieved|accessed)\b"
)
# "Standpunt van het Europees Parlement van 12 maart 2014", "Position of the Council of …"
_POSITION = re.compile(
    r"^(?P<title>(?i:standpunt|position)\s+(?:van|of)\s+(?:het|de|the)\s+"
    r"(?P<body>[A-Z]\w+(?:\s+[A-Z]\w+)*)[^()]*?)\s+(?:van|of)\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})"
)
# "…, Title, Aggression and Violent Behavior, Volume 58, 2021, 101608"
_VOLUME = re.compile(r",\s+(?P<journal>[A-Z][^,()]{2,80}?),\s+(?:Volume|Vol\.)\s*\d+")
# a book's volume has a title of its own ("Vol. 1: Rules") or a publisher after it
_BOOK_VOLUME = re.compile(r"\s*:\s*[A-Z]|,\s*[^,]*\b(?:University\s+)?Press\b")
# "Artículo 293 del COPP", "Artículos 191 al 195", "Article 19 of the ICCPR"
_ARTICLE = re.compile(
    r"^(?i:art[íi]culos?|arts?\.|articles?|rules?)\s+(?:[LRD]\.?\s?)?\d+[\w.-]*(?:\(\w{1,4}\))*"
    r"(?:\s+(?:al|a|y|to|and|-)\s+\d+|\s+y\s+siguientes)?"
    r"(?:,?\s*(?:al\.|para\.|paragraph|Abs\.|§)\s*\d+)?"  # "Art. L 111-1 al.3 CPI"
    r"(?:\s+(?:del|de\s+la|de\s+los|de|du|des|of\s+the|of)\s+(?P<work>\S.*?)"
    # a code by its abbreviation, no "of": "Art. L111-2 CPI", "Art. 6 GDPR"
    r"|\s+(?P<code>[A-Z][A-Za-z]{1,7}\.?(?:\s+[A-Z][A-Za-z]{0,7}\.?){0,2})"
    r"(?=\s*:\s|\.?$))?"  # the article's words may follow the code: "Art. L122-8 CPI : « … »"
    r"(?:\s*:\s.*)?\.?$",
    re.DOTALL,
)
# French case law: "TGI Nanterre, 13 janv. 1993, H. de P c/ Framatome", "TGI Paris, 27 mars 1987"
_FRENCH_CASE = re.compile(
    r"^(?P<court>(?:TGI|TJ|CA|TC|CE|Cass\.?(?:\s+\w+\.?)*|Cour\s+d['’]appel|Cour\s+de\s+cassation|"
    r"Conseil\s+d['’][ÉE]tat|Conseil\s+constitutionnel|Tribunal)(?:\s+[^,\d]{1,60})?),\s+"
    r"(?P<date>\d{1,2}(?:er)?\s+[^\W\d_]{3,9}\.?\s+\d{4})"
    r"(?:,\s+(?P<case>[^,;]{2,120}?\s+c/\s*[^,;]{2,120}?))?(?:,\s+[^,;]{1,60})*\.?$"
)
# "Corte IDH. Tibi Vs. Ecuador. Sentencia 07 de septiembre de 2004. …"
_COURT_CASE = re.compile(
    r"^(?P<court>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\.\s+"
    r"(?P<case>[^.]{2,80}?\s+(?i:vs?)\.?\s+[^.]{2,80}?)\.\s"
)
# a treaty body's views on a communication or a court's on an application: "Human Rights
# Committee, Edriss El Hassy v. The Libyan Arab Jamahiriya, Communication No. 1422/2005, para.
# 6.11" (the body decides the case; it is not its author)
# a body's name before its decision: "Human Rights Committee", "Committee against Torture"
_BODY_NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|for|the|and)){0,8}"
_COMMUNICATION = re.compile(
    r"^(?:(?P<body>" + _BODY_NAME + r"),\s+)?"
    r"(?P<case>[A-Z][^,;]{1,100}?\s+(?i:vs?)\.?\s+[^,;]{2,100}?),\s+"
    r"(?:\((?i:judgment|decision)\),\s+)?"  # "Uzan v. Germany, (Judgment), App. No. …"
    r"(?:(?i:communication|application|app\.)\s+(?i:nos?)\.?\s*\d+/\d{2,4}\b"
    # a tribunal's case number: "ICTY, Prosecutor v. Tadić, Case No. IT-94-1-A, Judgment, …"
    # or a docket: "Supreme Court of India, Justice K.S. Puttaswamy (Retd.) v. Union of India,
    # Writ Petition (Civil) No. 494 of 2012, August 24, 2017"
    r"|(?i:case|(?:writ\s+)?petition|(?:civil\s+|criminal\s+)?appeal|complaint)"
    r"\s*(?:\([^()]{1,30}\)\s*)?(?i:no)\.?\s*[A-Z0-9][\w/.-]*\d)[^;]*$"
)
# the communication first, then the case and the Views' date: "Human Rights Committee,
# Communication No. 2212/2012, (Judgment), Sannikov v. Belarus, views adopted July 12, 2012"
_COMMUNICATION_FIRST = re.compile(
    r"^(?P<body>" + _BODY_NAME + r"),\s+"
    r"(?i:communication)\s+(?:(?i:no)\.?\s*)?\d+/\d{2,4},\s+(?:\((?i:judgment)\),\s+)?\*?"
    r"(?P<case>[A-Z][^,;()*]{0,100}?\s+(?i:vs?)\.?\s+[^,;()*]{2,100}?)[\s,*]+"
    r"(?:\((?i:judgment)\),\s+)?(?i:views\s+adopted)\s+(?P<date>[^;()]{6,30}?\d{4})"
)
# European courts' house style (the FRA and Council of Europe handbooks, NGOs after them):
# "ECtHR, Rotaru v. Romania [GC], No. 28341/95, 4 May 2000", "CJEU, Joined cases C-293/12 and
# C-594/12, Digital Rights Ireland Ltd v. Minister for Communications, … [GC], 8 April 2014"
EURO_COURTS = r"ECtHR|ECHR|EComHR|CJEU|ECJ|CFI|EFTA\s+Court|IACtHR|ACtHPR"
_EURO_CASE = re.compile(
    r"^(?P<court>" + EURO_COURTS + r")(?:\s*\[GC\])?,\s+"
    r"(?:(?i:joined\s+)?(?i:cases?)\s+[CTF]-\d+/\d+(?:\s*(?:,|and)\s*[CTF]-\d+/\d+)*,\s+)?"
    r"(?P<case>[^;]{1,300}?\sv\.?\s[^;]{1,300}?)(?:\s*\[GC\])?,\s+"
    r"(?:(?i:app(?:lication|\.)?\s+)?(?i:nos?)\.?\s*\d+/\d{2,4}"
    r"(?:\s*(?:,|and)\s*\d+/\d{2,4})*,\s+)?"
    r"(?:(?i:opinion\s+of\s+advocate\s+general)\s+[^,]+,\s+)?"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})(?:,\s*(?:paras?\.|§+)\s*[\d–-]+)?\.?$",
    re.DOTALL,
)
# a short form's mark after the short title
_PREVIOUSLY_CITED = re.compile(r"\s*\((?i:previously cited|cited above|above)\)\s*$")
# a lead-in that ends in a signal, kept at the head of a title
_TITLE_SIGNAL = re.compile(
    r"^.{0,160}?(?:\bse puede ver(?:\s+(?:el|la|los|las))?|\bv[ée]ase(?:\s+(?:el|la))?|参见)\s*"
)
_TITLE_PINPOINT = re.compile(
    r"[.,]\s+(?i:p[áa]ginas?|p[áa]rrafos?|seite|blz\.|pág\.)\s+\d[\d–-]*\.?$"
)
_ACCESS_BEFORE = re.compile(r"(?i:accessed|retrieved|visited|consulted)[^()]{0,20}$")
_FAMILY = re.compile(r"^[A-Z][\w’'-]+$")
# "Previously unpublished interview by A (HBI) with B (X) from 10.08.2021, "quotation""
_INTERVIEW = re.compile(
    r"^(?P<title>[^“”\"]*?\b(?i:interview)\b[^“”\"]*?)\s+(?:from|on|of)\s+(?P<date>[^,:“”\"]+)[,:]"
)
# a scheme-less address after "Available online:" (urls.py finds only http(s):// and www.)
_AVAILABLE_DOMAIN = re.compile(
    r"(?i:available(?:\s+online)?(?:\s+at)?)\s*:?\s+"
    r"(?P<url>(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:/[^\s,;()<>]*)?)(?=[\s,;()]|$)"
)
_HANDLE = re.compile(r"^(?P<handle>@\w{1,50})\b")
_AT_PINPOINT = re.compile(r"^(?P<title>[^,()“”\"]{3,80}),\s+at\s+\d[\d–-]*\.?$")
_OJ = re.compile(
    r"\(\s*(?P<series>PB|OJ|ABl\.|JO|GU|DO|Pb\.)\s+(?P<lc>[LC])\s+(?P<number>\d{1,4}[A-Z]?)\b"
    r"[^()]*\)"
)
_BARE_OJ = re.compile(r"^(?P<series>PB|OJ|ABl\.|JO)\s+(?P<lc>[LC])\s+(?P<number>\d{1,4}[A-Z]?)\b")
_DOMAIN_FIRST = re.compile(
    r"^(?P<domain>(?:[a-z0-9-]+\.)+(?:[a-z]{2,3}\.)?[a-z]{2,6}),\s+(?!https?:|www\.)"
    r"(?P<title>[^\s,].*?)\s*(?:,\s*(?=https?:|www\.)|$)",
    re.DOTALL,
)
_DOMAIN_ONLY = re.compile(r"^(?P<domain>(?:[a-z0-9-]+\.)+[a-z]{2,6}),\s*(?=https?:|www\.)")
_TRAILING_NUMBER = re.compile(
    r"(?:,?\s+(?:\d{1,5}(?:\s*\(\d{1,4}\))?|at\s+\S+|vol\.?\s*\d+|volume\s+\d+))+$", re.I
)
_LEADING_VOLUME = re.compile(r"^\d{1,4}\s+(?=[A-Z])")
# "Annual Review of Economics 16: 213-242", "PLoS ONE 11(2): e0148449": volume, then pages
_VOLUME_COLON_PAGES = re.compile(r"\s+\d{1,4}(?:\s*\(\d{1,4}\))?\s*:\s*e?\d+(?:\s*[-–]\s*\d+)?$")
_NOT_YET_OUT = re.compile(r"[\s,(]+(?i:forthcoming|in\s+press|to\s+appear)\)?\.?$")
_PINPOINT_ONLY = re.compile(r"^(?:at|link|p\.|pp\.)\s+#?[\w–-]+$", re.IGNORECASE)
_LEADING_IN = re.compile(r"^in:?\s+(?=[A-Z])")
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")
_ET_AL = re.compile(r"\s+et\.?\s+al\.?$")
_OPENING_QUOTE = re.compile(r"[“\"„«]")
# a law report after the case name, English and Commonwealth style (the year first, in square
# brackets when it is the volume, round when not) and neutral citations: "[2001] 1 AC 277",
# "(1998) 29 EHRR 1", "[2001] EWCA Civ 1142", "(1967) 65 Cal.2d 795", "(9th Cir. 2000) 211 F.3d"
_REPORT_WORD = (
    r"[A-Z][A-Za-z]*\.?(?:[A-Z][A-Za-z]*\.?|\d(?:d|th|st|nd|rd)\b\.?)*(?:(?<=[A-Za-z])\d)?"
)
_REPORTER_NAME = (
    _REPORT_WORD + r"(?:\s(?:" + _REPORT_WORD + r"|\([A-Z][a-z]{1,8}\))){0,2}?"
)  # "AC", "All ER", "EWCA Civ", "EWCA (Civ)", "Cal.App.3d", "F.3d", "U.S.", "EHRR"
_LAW_REPORT = re.compile(
    r"(?:\[(?P<bracket>\d{4})\]|\((?:(?P<court>[^()]{1,30}?)\s+)?(?P<round>\d{4})\))\s*"
    r"(?:\d{1,4}\s*)?(?P<reporter>" + _REPORTER_NAME + r")"
    r"\s*(?:[A-Z]-)?\d{1,5}\b(?:\s*\([A-Za-z]{1,12}\))?"
    r"(?=\s*(?:$|[,;.]|at\b|\(|\[|https?:|www\.))"
)
# a historian's letter: "Henry Clarke Wright to Elizabeth Pease, March 13, 1844, Garrison Family
# Papers, …", "WLG to MWC, July 19, 1848, LWLG 3:568": writer, recipient, date, collection
_CORRESPONDENT = r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|van|von)){0,4}"
_ARCHIVAL_LETTER = re.compile(
    r"^(?P<writer>" + _CORRESPONDENT + r")\s+to\s+(?P<recipient>" + _CORRESPONDENT + r"),\s+"
    r"(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)\d{4})"
    r"(?:,\s+(?P<collection>[A-Z][^,;()]{1,80}?))?(?:\s+\d{1,3}:\S+)?\s*(?:,|\.?$)"
)
_NOT_A_CORRESPONDENT = frozenset(
    {"Comments", "Response", "Reply", "Letter", "Letters", "Introduction", "Guide", "Report"}
    | {"Submission", "Petition", "Testimony", "Statement", "Memorandum", "Note", "Notes"}
    | {"Annex", "Appendix", "Amendment", "Amendments", "Changes", "Supplement", "Welcome"}
)


def _correspondent(name: str) -> bool:
    words = name.split()
    if len(words) == 1:
        return words[0] not in _NOT_A_CORRESPONDENT and (words[0].isupper() or words[0].istitle())
    return looks_like_person(name)


def _archival_letter(text: str) -> dict[str, object] | None:
    m = _ARCHIVAL_LETTER.match(text.strip())
    if m is None or not (_correspondent(m["writer"]) and _correspondent(m["recipient"])):
        return None
    dates = find_dates(m["date"])
    if not dates or dates[0].value.day is None:
        return None
    return {
        "contributors": (Contributor(literal=m["writer"]),),
        "title": f"{m['writer']} to {m['recipient']}",
        "container": m["collection"].strip() if m["collection"] else None,
        "publisher": None,
        "issued": dates[0].value,
    }


_MONTH_DAY_YEAR = (
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
)
# Bluebook's newspaper: "Peter Grant, Title, Wall St. J., Oct. 9, 2007, at B10": unquoted title,
# the paper often abbreviated, the date after it
_BLUEBOOK_NEWS = re.compile(
    r"^(?P<head>[^“”\"()]{6,400}?),\s+(?P<paper>(?:[A-Z][\w&’'.]*\.?\s+){0,4}[A-Z][\w&’'.]*),\s+"
    r"(?P<date>" + _MONTH_DAY_YEAR + r")"
    r"(?=,|\s*\(|\s*$|\s+https?:)"
)
_PAPER_END = re.compile(
    r"\b(?:J\.|Post|Times|Trib\.|Tribune|Globe|Herald|News|Monitor|Chron\.|Sun|Mag\.|Wkly\.|Rev\.|Blog)$"
)


def _bluebook_news(text: str) -> dict[str, object] | None:
    """Author, unquoted title, newspaper and date, Bluebook's way (the paper abbreviated)."""
    m = _BLUEBOOK_NEWS.match(text.strip())
    if m is None:
        return None
    paper = m["paper"]
    if not (is_outlet_name(paper) or ("." in paper and _PAPER_END.search(paper))):
        return None
    author, _, title = m["head"].partition(", ")
    if not title or not looks_like_person(author.split(" & ")[0].split(" and ")[0]):
        return None
    return {
        "contributors": split_authors(author)[0],
        "title": " ".join(title.split()),
        "container": paper,
        "publisher": None,
        "issued": find_dates(m["date"])[0].value,
    }


# Bluebook's web news and blogs, the outlet in small capitals (printed as capitals) just before
# the dated parenthesis: "Jason Murdock, Most COVID-19 Misinformation Originates on Facebook,
# Research Suggests, NEWSWEEK (July 6, 2020, 9:31 AM), https://…": the title runs from the
# authors to the outlet, its own commas included
_CAPS_OUTLET = re.compile(r"^[A-Z0-9][A-Z0-9.&’'\- ]{1,60}$")
_DATED_AFTER = re.compile(r"\s*\(" + _MONTH_DAY_YEAR)


def _capitals_owner(head: str, pieces: list[tuple[int, int]], least: int) -> str | None:
    """The last comma piece of ``head`` when it is an outlet or owner in small capitals."""
    owner = " ".join(head[slice(*pieces[-1])].split())
    if not _CAPS_OUTLET.match(owner) or sum(ch.isalpha() for ch in owner) < least:
        return None
    return owner


def _bluebook_web_news(text: str) -> dict[str, object] | None:
    stripped = text.strip()
    paren = _DATED_AFTER.search(stripped)
    if paren is None or any(q in stripped[: paren.start()] for q in '“”"'):
        return None
    head = stripped[: paren.start()]
    pieces = _top_commas(head)
    if len(pieces) < 3:
        return None
    if (outlet := _capitals_owner(head, pieces, 2)) is None:
        return None
    persons, at = leading_persons(head)
    if not persons:
        return None
    title = " ".join(head[at : pieces[-1][0]].split()).strip(" ,")
    if not title or (not title[0].isupper() and title[0] not in "‘'"):
        return None
    dates = find_dates(stripped[paren.start() :])
    return {
        "contributors": persons,
        "title": title,
        "container": outlet,
        "publisher": None,
        "issued": dates[0].value,
    }


# Bluebook's internet sources, the owner in small capitals before the address: "Our History, FED.
# TRADE COMM’N, https://…", "Secure Trade in the APEC Region, THE WHITE HOUSE ARCHIVES, https://…
# (last visited Mar. 18, 2020)", "Title, FED. TRADE COMM’N § A(1) (July 2020), https://…"
_URL_AFTER_PIECE = re.compile(r",\s+(?:available\s+at:?\s+)?(?:https?://|www\.)")
_TRAILING_PAREN = re.compile(r"\s*\((?P<inner>[^()]{3,40})\)\s*$")
_SECTION_PINPOINT = re.compile(r"\s+§+\s*[\w().-]+$")


def _bluebook_web_page(text: str) -> dict[str, object] | None:
    stripped = text.strip()
    url = _URL_AFTER_PIECE.search(stripped)
    if url is None or any(q in stripped[: url.start()] for q in '“”"'):
        return None
    head = stripped[: url.start()]
    issued: PartialDate | None = None
    if (paren := _TRAILING_PAREN.search(head)) is not None and (
        dates := find_dates(paren["inner"])
    ):
        issued, head = dates[0].value, head[: paren.start()]
    head = _SECTION_PINPOINT.sub("", head)
    pieces = _top_commas(head)
    if len(pieces) < 2:
        return None
    if (owner := _capitals_owner(head, pieces, 4)) is None:
        return None
    persons, at = leading_persons(head)
    if at >= pieces[-1][0]:
        # the names ran to the owner: "Our History, FED. TRADE COMM’N" is a title, "Kimi, Kimi
        # K2.5: …, KIMI BLOG" a name and a title; "Chase Ross (@ChaseRoss), TWITTER" no title
        if "(" in head[slice(*pieces[0])]:
            return None
        persons, at = (persons[:1], pieces[1][0]) if len(pieces) > 2 else ((), 0)
    if "(@" in head or (not persons and len(pieces) > 2):
        return None  # a handle (a tweet: no title), or a first piece that may be an author
    title = " ".join(head[at : pieces[-1][0]].split()).strip(" ,")
    if (inner := _TRAILING_PAREN.search(title)) is not None and (
        dates := find_dates(inner["inner"])
    ):
        # "FATF Recommendations 2012 (amended October 2020)": the title, then its date
        title, issued = title[: inner.start()], issued or dates[0].value
    if not title or title.isupper() or not (title[0].isupper() or title[0] in "‘'"):
        return None
    out: dict[str, object] = {
        "contributors": persons,
        "title": title,
        "container": owner,
        "publisher": None,
    }
    if issued is not None:
        out["issued"] = issued
    return out


# German humanities notes: "Rehbein, Malte: Title, in: Book, Bd. 18, 2016, S. 45–51",
# "Prinz, Claudia; Schlotheuber, Eva: Title, …", "Schmale: Title, 2016, S. 25" (a short form),
# "Hafner, Urs: Title, Zeitung, 27.05.2016, URL, Stand: 13.06.2020" (Stand: the access date)
_GERMAN_NAME = (
    r"(?:(?:von|van|de|der|zu|vom|ter)\s+)*[A-ZÄÖÜ][\w’'-]+"
    r"(?:,\s+[A-ZÄÖÜ][\w’'.-]*(?:\s+[A-ZÄÖÜ][\w’'.-]*){0,2})?"
)
_GERMAN_NOTE = re.compile(
    r"^(?P<names>" + _GERMAN_NAME + r"(?:;\s*" + _GERMAN_NAME + r"){0,9})"
    r"(?P<editors>\s*\((?:Hg|Hrsg)\.\))?:\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
_GERMAN_EDITORS = re.compile(
    r"^(?:" + _GERMAN_NAME + r"(?:;\s*" + _GERMAN_NAME + r")*)\s*\((?:Hg|Hrsg)\.\):\s+"
)
# the access label (the parser reads the date after it); no date after it is the issue date
_GERMAN_STAND = re.compile(r"\b(?:Stand|Zugriff\s+am|(?:zuletzt\s+)?abgerufen\s+am):?\s*", re.I)
# what follows a title and is not an outlet: a date, a year, a place and year, a volume, pages,
# an address
_GERMAN_NOT_OUTLET = re.compile(
    r"^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}|[A-ZÄÖÜ][\w/ -]*\s\d{4}"
    r"|Bd\.|Jg\.|Nr\.|Heft|S\.|https?:|www\.|Online)"
)


# what says a note is written the German way (an English "Davie, Ezra Pound: Poet as Sculptor"
# has the same shape)
_GERMAN_MARK = re.compile(
    r",\s+in:\s|\bS\.\s*\d|\bBd\.\s*\d|\((?:Hg|Hrsg)\.\)|\b(?:Stand|Zugriff\s+am):|"
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b|\bOnline:|^(?:Vgl\.|Siehe)\s"
)


def _german_note(text: str, source: SourceRecord) -> dict[str, object] | None:
    m = _GERMAN_NOTE.match(text.strip().rstrip("."))
    if m is None or not (_GERMAN_MARK.search(text) or _GERMAN_MARK.search(source.raw or "")):
        return None
    names = [n.strip() for n in m["names"].split(";")]
    if len(names) == 1 and "," not in names[0] and len(names[0].split()) > 1:
        return None  # "United Nations: Title": not a family name
    rest = m["rest"]
    title, sep, after = rest.partition(", in: ")
    container: str | None = None
    if sep:
        book = _GERMAN_EDITORS.sub("", after)
        container = re.split(r",\s|\s\(", book, maxsplit=1)[0].strip()
        tail = book[len(container) :]
    else:
        pieces = rest.split(", ")
        title, tail = pieces[0], rest[len(pieces[0]) :]
        if len(pieces) > 2 and not _GERMAN_NOT_OUTLET.match(pieces[1]) and find_dates(pieces[2]):
            container = pieces[1]
    if not title[:1].isupper():  # "in: …" first, or a lowercase sentence: not a reference
        return None
    contributors = []
    for name in names:
        family, _, given = name.partition(", ")
        contributors.append(
            Contributor(family=family, given=given) if given else Contributor(literal=family)
        )
    stand = _GERMAN_STAND.search(tail)
    before_stand = tail[: stand.start()] if stand else tail
    out: dict[str, object] = {
        # editors of a book cited whole are not its authors
        "contributors": () if m["editors"] else tuple(contributors),
        "title": " ".join(title.split()),
        "container": container,
        "publisher": None,
    }
    issued = find_dates(before_stand)
    if issued:
        out["issued"] = issued[0].value
    return out


# a code cited by its levels, the last one named the most precisely: "Code of Federal
# Regulations, Title 2, Federal Financial Assistance; Subtitle A, …; Part 200, Uniform …"
_CODE_LEVELS = re.compile(
    r"^(?P<code>Code\s+of\s+Federal\s+Regulations|United\s+States\s+Code|U\.S\.\s+Code),\s+"
    r"Title\s+\d+,\s+(?P<levels>[^“”\"()]+)$"
)
_LEVEL_NAME = re.compile(
    r"^(?:[A-Z][a-z]+\s+[\dIVXLA-Z][\w.]*(?:\s+to\s+Part\s+\d+)?\s*[,—]\s*)?(?P<name>.+)$"
)


def _code_levels(text: str) -> dict[str, object] | None:
    m = _CODE_LEVELS.match(text.strip().rstrip("."))
    if m is None:
        return None
    last = m["levels"].split(";")[-1].strip()
    name = _LEVEL_NAME.match(last)
    return {
        "title": " ".join((name["name"] if name else last).split()),
        "container": " ".join(m["code"].split()),
        "publisher": None,
        "contributors": (),
    }


# a case by its docket number, Bluebook's way: "Comcast Corp. v FCC, No. 08-1291 (D.C. Cir. …)"
_DOCKET_CASE = re.compile(
    r"^(?P<case>[A-Z][^,;()“”\"]{0,120}?\s(?:v\.?|vs\.)\s[A-Z][^,;()“”\"]{0,120}?),\s+"
    r"(?i:no\.|nos\.|docket\s+no\.)\s*\d[\w-]*"
)


def _docket_case(text: str) -> dict[str, object] | None:
    m = _DOCKET_CASE.match(text.strip())
    if m is None:
        return None
    out: dict[str, object] = {
        "title": " ".join(m["case"].split()),
        "contributors": (),
        "container": None,
    }
    dates = [d for d in find_dates(text[m.end() :]) if d.value.day is not None]
    if dates:
        out["issued"] = dates[0].value
    return out


# a speaker and the office they spoke in, then the speech: "Paul C. Ney Jr., General Counsel,
# U.S. Department of Defense, Keynote Address at … (Mar. 2, 2020)", "Jeremy Wright, UK
# Attorney General, Keynote Address at …, GOV.UK (May 23, 2018)"
_OFFICE = re.compile(
    r"^(?:[A-Z][\w.&’'-]*\s+){0,3}(?:(?:Deputy|Assistant|Vice|Under|Acting)[\s-])?"
    r"(?:General\s+Counsel|Attorney\s+General|Solicitor\s+General|Secretary(?:-General)?"
    r"|Minister|Director|Ambassador|Commissioner|Rapporteur|President|Spokes(?:person|man|woman)"
    r"|Chair(?:man|woman|person)?|Legal\s+Adviser|Adviser|Advisor)(?:\s+of\s+[A-Z][\w.’'-]*)?$"
)
_SPEECH = re.compile(
    r"^(?:(?:Keynote\s+)?(?:Address|Remarks|Speech|Statement|Testimony|Lecture)|Keynote)\b"
)


def _speaker_in_office(text: str) -> dict[str, object] | None:
    persons, at = leading_persons(text)
    if len(persons) != 1:
        return None
    rest = text[at:].lstrip(" ,")
    pieces = [" ".join(rest[a:b].split()) for a, b in _top_commas(rest)]
    if len(pieces) < 2 or not _OFFICE.match(pieces[0]):
        return None
    pieces = pieces[1:]
    if len(pieces) >= 2 and not _SPEECH.match(pieces[0]) and has_organisation_word(pieces[0]):
        pieces = pieces[1:]  # the office's body: "U.S. Department of Defense"
    if not pieces or not _SPEECH.match(pieces[0]):
        return None
    out: dict[str, object] = {"contributors": persons, "container": None}
    out["title"] = _PAREN_TAIL.sub("", pieces[0]).strip() or None
    if len(pieces) >= 2 and not _URL_START.match(pieces[1]):
        out["container"] = _PAREN_TAIL.sub("", pieces[1]).strip() or None
    return out


_PAREN_TAIL = re.compile(r"\s*\([^()]*\)(?:\s+https?://\S+)?\s*\.?$")
_URL_START = re.compile(r"(?:https?://|www\.)")


# Bluebook's UN documents (rule 21.7): "Author, Title, U.N. Doc. SYMBOL (date)". The author is a
# body ("U.N. Human Rights Comm.") or a person, their office in brackets ("Michel Frost (Special
# Rapporteur on …)"); the title runs to the document's mark, commas and all ("…, Concluding
# Observations, Jamaica")
_UN_DOC_MARK = re.compile(r",\s*U\.\s?N\.\s?Doc\.?\s+(?=[A-Z])")
_HOLDER_IN_OFFICE = re.compile(r"^(?P<name>[^,()]{3,60}?)\s*\((?P<office>[^()]{3,200})\),\s+")
_UN_OFFICE = re.compile(
    r"\b(?:Rapporteur|Representative|Expert|Secretary-General|High\s+Commissioner|Chair)",
    re.IGNORECASE,
)
_UN_GENRE_FIRST = re.compile(r"(?:Rep\.|Report|Resolution|Letter|Note|Draft)\b")
_UN_BODY = re.compile(
    r"\b(?:Comm\.|Comm[’']r|Council|Rapporteur|Assembly|Secretary-General|Working\s+Group)",
    re.IGNORECASE,
)


def _bluebook_un_document(text: str) -> dict[str, object] | None:
    stripped = text.strip()
    mark = _UN_DOC_MARK.search(stripped)
    if mark is None:
        return None
    head = stripped[: mark.start()]
    holder = _HOLDER_IN_OFFICE.match(head)
    authors: tuple[Contributor, ...]
    if holder is not None and _UN_OFFICE.search(holder["office"]):
        found, ok = split_authors(holder["name"])
        if not ok or len(found) != 1 or found[0].is_organisation:
            return None
        authors, title = tuple(found), head[holder.end() :]
    else:
        pieces = _top_commas(head)
        if len(pieces) < 2:
            return None
        first = " ".join(head[slice(*pieces[0])].split())
        if _UN_GENRE_FIRST.match(first):
            return None  # "Rep. of the Group of Governmental Experts …, transmitted by …"
        found, ok = split_authors(first)
        if ok and found and not any(c.is_organisation for c in found):
            authors = tuple(found)  # "David Kaye, Report …, U.N. Doc. …"
        elif has_organisation_word(first) or _UN_BODY.search(first):
            authors = (Contributor(literal=first),)
        else:
            return None
        title = head[pieces[1][0] :]
    title = " ".join(title.split()).strip(" ,")
    if not title or not title[0].isupper():
        return None  # a quoted title (the rules read it), or prose
    out: dict[str, object] = {"title": title, "contributors": authors, "container": None}
    if dates := find_dates(stripped[mark.end() :]):
        out["issued"] = dates[0].value
    return out


# a treaty body's Views by the case's name and the document's symbol or the communications'
# numbers: "Griffiths v. Australia (CCPR/C/112/D/1973/2010), para. 6.8", "M.P., A.M.P. and
# A.N.P. v. Denmark (CCPR/C/121/D/2643/2015)", "Maksudov et al. v. Kyrgyzstan (communications
# No. 1461/2006, …)"
_CASE_PARTIES = r"[A-Z][^()“”\"]{0,160}?\sv\.?\s[A-Z][^()“”\"]{0,80}?"  # "A v. B", no brackets
_VIEWS_CASE = re.compile(
    r"^(?P<case>" + _CASE_PARTIES + r")\s*"
    r"\((?:[A-Z]{1,6}(?:/[A-Z0-9][\w.-]*){2,}|(?i:communications?)\s+No\.[^()]{1,160})\)"
    r"\s*(?:,|\.?$)"
)
# the treaty bodies' own names, commas and lower-case words included, printed with or without a
# comma before "general comment": "Committee on Economic, Social and Cultural Rights general
# comment No. 20 (2009) on …", "Committee on the Elimination of Discrimination against Women, …"
_TREATY_BODY = (
    r"(?:Committee\s+(?:on|against)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:,?\s+(?:[A-Z][\w’'-]*|of|on|for|the|and|against|with|all))*?"
    r"|Human\s+Rights\s+Committee)"
)
# a treaty body's general comment keeps its year and subject: "General comment No. 35 (2014) on
# liberty and security of person, para. 59", "General comment No. 19 (2007), para. 59 (a)"; the
# body printed first is its author ("Committee on the Rights of the Child, general comment No.
# 26 (2023), paras. 38–41")
_GENERAL_COMMENT = re.compile(
    r"^(?:(?P<body>" + _TREATY_BODY + r"),?\s+(?=(?i:general|joint))"
    r"|(?P<named>" + _BODY_NAME + r"),\s+)?"
    r"(?P<title>(?i:general\s+(?:comment|recommendation)\s+no)\.\s*\d{1,3}"
    # the subject may hold commas ("on non-discrimination in economic, social and cultural
    # rights, para. 7"), never a symbol
    r"(?:\s*\(\d{4}\))?(?:\s+on\s+[^;()/]{3,200}?)?)\s*(?:,\s*(?i:paras?\.|p\.)|\.?$)"
)
# a UN document named by its title, then its symbol in brackets: "concluding observations on the
# second periodic report of Serbia (CAT/C/SRB/CO/2), para. 15", "… of Finland (CAT/C/FIN/CO/7
# and CAT/C/FIN/CO/7/Corr.1), para. 13"; the body, when printed, first
_SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9][\w.-]*){2,}"
_TITLE_THEN_SYMBOL = re.compile(
    r"^(?P<head>[^()“”\"]{8,400}?)\s*\((?P<symbol>" + _SYMBOL + r"(?:\s+and\s+" + _SYMBOL + r")?)\)"
    r"\s*(?:,\s*(?:paras?\.|p\.|annex)[^()]{0,60}(?:\([a-z]\))?)?\.?$"
)


def _title_then_symbol(text: str) -> dict[str, object] | None:
    m = _TITLE_THEN_SYMBOL.match(text.strip())
    if m is None:
        return None
    head = " ".join(m["head"].split())
    pieces = [head[a:b].strip() for a, b in _top_commas(head)]
    if len(pieces) == 1:
        return {"title": head, "contributors": (), "container": None}
    if len(pieces) == 2 and has_organisation_word(pieces[0]) and pieces[1][:1].isalpha():
        body = Contributor(literal=pieces[0])
        return {"title": pieces[1], "contributors": (body,), "container": None}
    return None


# a short reference by an agency's abbreviation, title and year, pointing to a reference list:
# "DOE. The Second Installment of the QER. 2017.", "APPA. 2016-2017 Statistical Report. 2017."
_ABBREVIATION_TITLE_YEAR = re.compile(
    r"^(?P<author>[A-Z][A-Z&-]{1,9})\.\s+(?P<title>[A-Z0-9][^“”\"]{2,300}?)\.\s+"
    r"(?P<date>(?:[A-Z][a-z]+\s+)?\d{4})\.?$"
)


# a court printed before its case or opinion is the case's court, not its author: "High Court of
# New Zealand, Kim v. Minister of Justice, Judgment, 31 August 2017 ([2017] NZHC 2109), paras.
# 141–153", "International Court of Justice, Obligations of States …, Advisory Opinion, para. 427"
_COURT_FIRST_NAME = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){0,6}(?:Court|Tribunal)\b(?:\s+(?:of|for)\s+[A-Z][\w\s’'-]{0,60})?$"
)
_DECISION_PIECE = re.compile(
    r"^(?i:judgment|advisory\s+opinion|order|decision|opinion)\b(?!\s+(?:of|on|in)\b)"
)
_NEUTRAL_CITATION = re.compile(  # "[2017] NZHC 2109", "[2020] EWCA Civ 1058"
    r"\[\d{4}\]\s+(?P<court>[A-Z][A-Za-z]{1,8}(?:\s+[A-Z][a-z]{1,5})?)\s+\d"
)


def _court_first(text: str) -> dict[str, object] | None:
    stripped = text.strip()
    spans = _top_commas(stripped)
    pieces = [" ".join(stripped[a:b].split()) for a, b in spans]
    if len(pieces) < 2 or not _COURT_FIRST_NAME.match(pieces[0]):
        return None
    rest = pieces[1:]
    decision = next((k for k, piece in enumerate(rest) if _DECISION_PIECE.match(piece)), None)
    if decision == 0:
        taken = 1  # "advisory opinion OC-32/25"
    elif decision is not None:
        taken = decision
    elif re.search(r"\sv\.?\s", rest[0]):
        taken = 1
    else:
        return None
    title = ", ".join(rest[:taken])
    if not title or not title[0].isalpha():
        return None
    out: dict[str, object] = {"title": title, "contributors": (), "publisher": pieces[0]}
    neutral = _NEUTRAL_CITATION.search(stripped)
    out["container"] = neutral["court"] if neutral is not None else None
    after = spans[taken][1]  # the end of the title's last piece
    if dates := [d for d in find_dates(stripped[after:]) if d.value.day is not None]:
        out["issued"] = dates[0].value
    return out


# OSCOLA's international tribunals: "Prosecutor v Bemba (Decision on …) ICC-01/05-01/08-2299
# (27 June 2013) (TC II) [9]": the parties, the decision described in brackets (which may hold
# its own brackets, quotes and dates), the record number, then the date of the decision
_TRIBUNAL_PARTIES = re.compile(r"^(?P<case>" + _CASE_PARTIES + r")\s+\(")
_TRIBUNAL_RECORD = re.compile(
    r"\s*(?P<record>[A-Z]{2,6}-\d[\w/.-]*(?:[,\s]+[A-Z]{2,6}-\d[\w/.-]*)*)"
    r"\s+\((?P<date>[^()]{6,30})\)"
)


def _tribunal_case(text: str) -> dict[str, object] | None:
    stripped = text.strip()
    m = _TRIBUNAL_PARTIES.match(stripped)
    if m is None:
        return None
    depth, end = 0, -1
    for at in range(m.end() - 1, min(len(stripped), m.end() + 600)):
        depth += {"(": 1, ")": -1}.get(stripped[at], 0)
        if depth == 0:
            end = at + 1
            break
    record = _TRIBUNAL_RECORD.match(stripped, end) if end > 0 else None
    if record is None or not (dates := find_dates(record["date"])):
        return None
    return {
        "title": " ".join(m["case"].split()),
        "contributors": (),
        "container": None,
        "publisher": None,
        "issued": dates[0].value,
    }


# a Strasbourg judgment by its year and application number: "Marina v Romania [2020] App. No.
# 50469/14, para 74" (no report)
_YEAR_THEN_APPLICATION = re.compile(
    r"\[(?P<bracket>\d{4})\](?P<round>)\s+(?i:app(?:lication)?s?\.?)\s+(?i:no\.?)\s*\d{1,6}/\d{2}\b"
)
_APPLICATION = re.compile(r"^(?i:applications?)(?:\s+no\.?)?\s*[\d/, ]+?,\s*")
_PARTIES = re.compile(r"\s(?:v\.?|vs\.?|-v-)\s|^(?:In\s+re|Re|Ex\s+parte)\s+[A-Z]|^R\s+\(")
_VERSUS = re.compile(r"\s(?:v\.?|vs\.?|-v-)\s")
# words a party's name holds besides capitalised ones: "Secretary of State for the Home Department"
_PARTY_WORDS = frozenset(
    {"and", "of", "the", "for", "&", "de", "du", "van", "von", "der", "la", "le", "ex"}
    | {"parte", "plc", "ltd", "inc", "co"}
)
# what an edition or editors add after a book's title: ", 2nd edn", ", third edition",
# ", ed. by A and B", ", edited by …", " (ed.)"; never part of the title or the book
_EDITION_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|new|rev\.?|revised|expanded)"
)
_EDITION_TAIL = re.compile(
    r"(?:(?:,\s*|\s+)(?:" + _EDITION_ORDINAL + r"\s+(?:edn\b|ed\.|edition\b)"
    r"|(?:ed\.|eds\.|edited|trans\.|translated)\s+by\s|\((?:ed|eds|Hrsg)\.?(?:\)|\s+[A-Z]))"
    r"|,\s*(?:ed\.|eds\.|trans\.|tr\.)\s+(?=[A-Z])).*$",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_QUOTED = re.compile(r"^\s*(?:[“\"](?P<d>[^”\"]{1,300})[”\"]|[‘'](?P<s>[^’']{1,300})[’'])")
_PAGE_RANGE = re.compile(r"^(?:pp?\.?\s*)?\d{1,5}\s*[-–]{1,2}\s*\d{1,5}$")  # "391-407", "pp 121–26"
_EDITORIAL_WORD = re.compile(
    r"^(?i:trans|tr|ed|eds|edn|edition|" + _EDITION_ORDINAL + r"\s+(?:edn|ed|edition))\.?$"
)
# a book's imprint after its title: ", London; New York: Routledge, 2003", ", Malden MA: Blackwell",
# ", Frankfurt am Main: Suhrkamp Verlag. 2009"
_PLACE_NAME = (
    r"[A-Z][^\W\d_.’'-]*[\w.’'-]*(?:\s+(?:(?:am|an|der|upon|on|sur)\s+)?[A-Z][\w.’'-]+){0,2}"
)
_PLACE_LIST = _PLACE_NAME + r"(?:\s*[/;&]\s*" + _PLACE_NAME + r"|\s+and\s+" + _PLACE_NAME + r")*"
_PLACE_PUBLISHER = _PLACE_LIST + r":\s+[A-Z][^,:;()]{1,60}"  # "New York: Zone Books"
_IMPRINT_TAIL = re.compile(r",\s*" + _PLACE_PUBLISHER + r"(?:,\s*\d{4}.*)?$")
_IMPRINT_ONLY = re.compile(r"^" + _PLACE_LIST + r":\s+(?P<publisher>[A-Z][^,:;()]{1,60})$")
# a numbered series after a book's name: ". Theory on Demand #21", ". Lecture Notes 12"
_SERIES_TAIL = re.compile(r"\.\s+[A-Z][^.]{2,60}?\s(?:#|(?i:no\.?|vol\.?)\s?)?\d{1,4}$")
# a book's imprint in parentheses: "(New York: Zone Books, 2010)"
_BOOK_IMPRINT = re.compile(r"\s*\(" + _PLACE_PUBLISHER + r",\s+\d{4}\)")
_YEAR_NEXT = re.compile(r"[,.]?\s*\(?\d{4}\b")  # an imprint is followed by its year
# editors in the author slot: "David Lyon (ed.), Title" (editors are not authors)
_EDITORS_HEAD = re.compile(
    r"^(?P<editors>[^,()“”\"‘]{2,200}?)\s*(?:\((?i:ed|eds|Hrsg)\.?\)\s*,?|,\s*(?i:eds?)\.,)"
    r"\s*(?P<rest>[A-Z].*)$",
    re.DOTALL,
)
# "in J. Smith (ed.), Title" / "in J. Smith and K. Lee (eds), Title": the book after the editors
_EDITORS_FIRST = re.compile(
    r"^(?:in:?\s+)?[^,()]{2,120}?\s*\((?i:ed|eds|Hrsg)\.?\)\s*,?\s*(?P<book>\S.*)$", re.DOTALL
)
# a chapter: the book after a quoted title ("…', in Book, ed. by …", "…,” in J. Smith (ed.), Book",
# "…,” in J. Smith, ed., Book")
_IN_BOOK_AFTER_QUOTE = re.compile(
    r"[”\"’']\s*,?\s+(?i:in):?\s+(?:[^()]{2,160}?\s*\((?i:ed|eds|Hrsg)\.?\)\s*,?\s*"
    r"|[^()“”\"]{2,160}?,\s*(?i:eds?)\.,\s*)?"
    r"(?P<book>[A-Z“‘][^()“”\"]{2,200}?)\s*"
    r"(?=\(|\[|,\s*(?i:ed\.|eds\.|edited|trans|vol|pp?\.\s)|,\s*\d(?!\d{3}\s*[-–]+\s*\d{2,4}\s*\()|$)"
)
# a Chicago/MHRA short form for a book: family names, the short title, a page
_FAMILY_NAME = r"(?!The\b|See\b|In\b|Ibid\b|Id\b)[A-Z][a-z][\w’'-]*"
_SHORT_BOOK = re.compile(
    r"^(?P<names>" + _FAMILY_NAME + r"(?:(?:,\s+|\s+and\s+|\s*&\s*)" + _FAMILY_NAME + r"){0,2}),\s+"
    r"(?P<title>[A-Z][^,()“”\"‘’]{2,200}?),\s+(?:pp?\.\s*)?"
    r"(?:(?!(?:1[5-9]|20)\d\d\b)\d[\d–-]*|[ivxlc]{1,6})\.?$"  # a page, not a year
)
# the same with no page, when two or more names say it is a short form: "Simpson and Ladner,
# This is an Honour Song"
_SHORT_BOOK_PAIR = re.compile(
    r"^(?P<names>"
    + _FAMILY_NAME
    + r"(?:(?:,\s+|,?\s+and\s+|\s*&\s*)"
    + _FAMILY_NAME
    + r"){1,2}),\s+"
    r"(?P<title>[A-Z][^,()“”\"‘’:;]{2,120}?)\.?$"
)
# a statute by its short title, with or without a section: "Copyright Act, Section 90(3)",
# "Copyright Act s. 9(3)", "Consumer Protection Act 1987 Section 4(c)", "Insolvency Act 1986"
_STATUTE_WORD = r"(?:[A-Z][\w’'-]*,?|and|of|the|on|for|to|\([A-Z][\w ]{0,30}\))"
_STATUTE = re.compile(
    r"^(?P<act>(?:" + _STATUTE_WORD + r"\s+){0,10}(?:Act|Code|Ordinance|Statute|Regulations)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?)"
    r"(?:\s+\((?:Cth|NSW|Vic|Qld|WA|SA|Tas|ACT|NT|UK|NZ|Scot|Ire|NI|Can|Ont|US)\))?"
    r"(?:,?\s+(?i:s|ss|secs?|sections?|§§?|arts?|articles?|regs?|paras?|sch|schedule|pts?|divs?|chs?)"
    r"\.?\s*"
    r"\d[\w().,\s–-]{0,40})?\.?$"
)
# an instrument by its name or abbreviation and an article: "UDHR, Article 3", "ICCPR, Article
# 9(2) and Article 14(3)", "Rome Statute, Articles 7(1)(f) and 7(1)(k)"
_ARTICLE_NUMBER = r"\d+(?:\(\w{1,4}\))*"
_INSTRUMENT_ARTICLE = re.compile(
    r"^(?P<work>[A-Z][^,;:“”\"()]{1,160}?),\s+(?i:arts?\.|articles?)\s+"
    + _ARTICLE_NUMBER
    + r"(?:(?:\s*,\s*|\s+and\s+)(?:(?i:arts?\.|articles?)\s+)?"
    + _ARTICLE_NUMBER
    + r")*\.?$"
)
_CONGRESS_DOCUMENT = re.compile(
    r"^(?P<body>U\.\s?S\.\s+Congress(?:,\s+(?:House|Senate|Joint)\s+(?:Select\s+|Special\s+)?"
    r"Committee\s+on\s+[^,;]+?)?(?:,\s+Subcommittee\s+on\s+[^,;]+?)?),\s+"
    r"(?P<title>[^;]+?),\s+(?i:hearing|hearings|committee\s+print|markup)s?,?\s+"
    r"\d{2,3}(?:st|nd|rd|th)\s+Cong\."
)
# a site's section named in lowercase words, which no outlet's name is ("statements and releases")
_SECTION_LABEL = re.compile(r"^[a-z]+(?:\s+[a-z]+)*\s+(?:and|of|for|on|&)\s+[a-z]+(?:\s+[a-z]+)*$")
_TREATY_NOUN = r"(?:Conventions?|Covenant|Protocol|Treaty|Charter|Statute|Declaration|Agreement)"
_TREATY_SHORT_NAME = re.compile(
    r"^(?P<title>[A-Z][^()“”\"]{1,300}?\b" + _TREATY_NOUN + r"\b[^()“”\"]*?)\s*"
    r"\((?P<short>(?:[A-Z][\w’'-]*\s+){0,4}" + _TREATY_NOUN + r"(?:\s+[IVX]+)?|[A-Z]{2,8})"
    r"(?:,\s*(?P<year>\d{4}))?\)"
    r"(?:,\s+(?i:arts?\.|articles?|paras?\.|paragraphs?)\s*\d[^;()]{0,40})?\.?$"
)
# a UN document by its symbol after the title: "…, UN doc. A/HRC/22/44, 24 December 2012, para.
# 38", "…, CERD/C/GC/36, §§40, 53" (two slashes at least; a resolution's 20/8 is not one)
_UN_SYMBOL = re.compile(
    r",\s*(?:U\.?N\.?\s+[Dd]oc(?:ument)?\.?\s+)?"
    r"(?P<symbol>[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.]*){2,}(?:/Add\.\d+)?)"
    r"(?:\s*\((?P<year>\d{4})\))?(?P<tail>(?:,[^,]*)*)\.?$"
)
# a body's release by its genre and date: "European Commission press release of 4 March 2026,
# ‘Title’", "Latham & Watkins client alert of 8 July 2025, ‘Title’"
_RELEASE_OF = re.compile(
    r"(?P<body>[A-Z][^,‘“\"]{1,120}?)\s+(?i:press\s+release|press\s+statement|news\s+release|"
    r"news|client\s+alert|statement|blog\s+post)\s+of\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}),"
    r"\s+[‘“\"]"
)
# an EU institution's document number: "COM(2012) 582 final", "SWD(2024) 12", "JOIN(2023) 20"
_EU_DOCUMENT = re.compile(r"\b(?:COM|SWD|JOIN|SEC)\s?\(\d{4}\)\s*\d+(?:\s+final)?")
# a body and its organ printed as one author: "UN, General Assembly", "Council of Europe,
# Committee of Ministers"
_PARENT_BODY = re.compile(
    r"U\.?N\.?|United Nations|Council of Europe|European Union|EU|OSCE|OAS|African Union|NATO"
)


def _body_and_organ(body: str, organ: str) -> bool:
    return bool(_PARENT_BODY.fullmatch(body) and _ORGAN.match(organ))


_ORGAN = re.compile(
    r"(?:General Assembly|Security Council|Human Rights Council|Economic and Social Council|"
    r"Committee of Ministers|Parliamentary Assembly|Secretary[- ]General|Secretariat|"
    r"(?:[A-Z][\w’'-]*\s+){0,4}(?:Committee|Commission|Council|Assembly|Rapporteur|Office))"
    r"(?:\s*\(\d{4}\))?$"
)
_UN_TAIL_PIECE = re.compile(
    r"^(?:(?i:paras?\.?|paragraphs?|clauses?|§§?|p\.|pp\.|pages?)\s*\d+[a-z]?(?:\s*[-–,]\s*\d+[a-z]?)*"
    r"(?:\s*\([a-z]{1,4}\))*(?i:\s+(?:preambular|preambulatory|operative)\s+clauses?)?"
    r"|(?i:(?:preambular|preambulatory|operative)\s+(?:clauses?|paragraphs?))|\(\d{4}\))$"
)
# MHRA and Chicago journals: "'Title', Essays in Criticism, 7.2 (April 1957)", "…', Jacket, 24 ("
_JOURNAL_AFTER_QUOTE = re.compile(
    r"[’'”\"]\s*,\s*(?P<journal>[A-Z][^,()“”\"‘’]{1,80}?),?\s+\d{1,4}(?:[.:]\d{1,3})?"
    r"\s*\((?=[^()]*\d{4}\))"
)
# a thesis or an event described in parentheses: what it names is not an outlet
_GENRE_PAREN = re.compile(
    r"\((?i:unpublished\s+)?(?i:doctoral\s+|phd\s+|ma\s+|mphil\s+|master['’]s\s+)?"
    r"(?i:thesis|dissertation|seminar|lecture|reading|talk|paper|conference|keynote)\b[^()]*\)"
)
_PREPRINT = re.compile(r"^(?P<server>arXiv|bioRxiv|medRxiv|SSRN)\s+(?:preprint\b|:|\d).*$")


def apply(source: SourceRecord) -> tuple[SourceRecord, frozenset[str]]:
    """``source`` with the fields a recognised style settles, and the names of those fields
    (``title``, ``container``, ``contributors``, ``issued``, ``publisher``)."""
    raw = source.raw or ""
    signal = SIGNAL.match(raw)
    text = raw[signal.end() :] if signal else raw
    prose = _PROSE_THEN_SEE.match(raw) or _QUOTING_PROSE_THEN_SEE.match(raw)
    if signal is None and prose and _is_prose(_QUOTATION.sub("", prose["prose"])):
        # "Data masking … in EHRs. See, McGuire, A. et al. (2008). …": an explanation first
        after = raw[prose.end() :]
        if (then := SIGNAL.match(after)) is not None:
            text = after[then.end() :]
    elif signal is None and (after_prose := prose_before_name(raw)) is not None:
        text = raw[after_prose:]
    lead = _LEAD_IN.match(text)
    lead_words: set[str] = set()
    if lead is not None and _is_lead_in(text[: lead.end()]):
        rest = text[lead.end() :]
        if (
            _DOMAIN_FIRST.match(rest)
            or _DOMAIN_ONLY.match(rest)
            or leading_persons(rest)[0]
            or _named_first(rest)
            or _ARTICLE.match(rest)
        ):
            lead_words = set(_words(text[: lead.end()]))
            text = rest  # "See in detail: A, B and C, Title", "EU: europa.eu, Title"
    changes: dict[str, object] = {}
    first_paren = text.find("(")
    quoted = bool(_QUOTED_PIECE.search(text, 0, first_paren if first_paren != -1 else len(text)))
    handle = _HANDLE.match(text)
    at_pin = _AT_PINPOINT.match(text)

    oj = _OJ.search(text)
    bare = _BARE_OJ.match(text)
    resolution = _RESOLUTION.match(text.strip().rstrip("."))
    paren_publisher = _PAREN_PUBLISHER.search(text) if quoted else None
    supra = _SUPRA.match(text.strip())
    site = _TITLE_SITE_RETRIEVED.match(text) if not quoted else None
    short = _ET_AL.sub("", supra["name"] or "") if supra is not None else ""
    interview = _INTERVIEW.match(text)
    article = _ARTICLE.match(text.strip())
    court_case = _COURT_CASE.match(text) if not quoted else None
    position = _POSITION.match(text)
    if (letter := _correspondence(text) or _archival_letter(text)) is not None:
        changes.update(letter)
    elif (tribunal := _tribunal_case(text)) is not None:
        changes.update(tribunal)
    elif (
        not quoted
        and (first := _COMMUNICATION_FIRST.match(text.strip())) is not None
        and (adopted := find_dates(first["date"]))
    ):
        changes["title"] = " ".join(first["case"].split())
        changes["contributors"] = ()
        changes["container"] = None
        changes["publisher"] = first["body"]
        changes["issued"] = adopted[0].value
    elif (views := _VIEWS_CASE.match(text.strip())) is not None:
        changes["title"] = " ".join(views["case"].split())
        changes["contributors"] = ()
        changes["container"] = None
    elif (comment := _GENERAL_COMMENT.match(text.strip())) is not None:
        changes["title"] = " ".join(comment["title"].split())
        if body := comment["body"] or comment["named"]:
            changes["contributors"] = (Contributor(literal=" ".join(body.split())),)
    elif not quoted and (decided := _court_first(text)) is not None:
        changes.update(decided)
    elif not quoted and (agency_ref := _ABBREVIATION_TITLE_YEAR.match(text.strip())) is not None:
        changes["contributors"] = (Contributor(literal=agency_ref["author"]),)
        changes["title"] = " ".join(agency_ref["title"].split())
        changes["container"] = None
        changes["issued"] = find_dates(agency_ref["date"])[0].value
    elif not quoted and (symbolled := _title_then_symbol(text)) is not None:
        changes.update(symbolled)
    elif not quoted and (un_document := _bluebook_un_document(text)) is not None:
        changes.update(un_document)
    elif not quoted and (speech := _speaker_in_office(text)) is not None:
        changes.update(speech)
    elif (web_news := _bluebook_web_news(text)) is not None:
        changes.update(web_news)
    elif (web_page := _bluebook_web_page(text)) is not None:
        changes.update(web_page)
    elif (mla_case := _mla_case(text)) is not None:
        changes.update(mla_case)
    elif interview is not None and _whole_date(interview["date"]):
        changes["title"] = " ".join(interview["title"].split())
        changes["issued"] = find_dates(interview["date"])[0].value
        changes["contributors"] = ()
        changes["container"] = None
    elif not quoted and (short_ref := _author_date_short(text)) is not None:
        changes.update(short_ref)
    elif not quoted and (name_page := _NAME_PAGE.match(text.strip())) is not None:
        # a short form by the author's name and a page: "Lepore 133", "Van Slyck 6"
        changes["contributors"] = (Contributor(literal=name_page["name"]),)
        changes["title"] = None
        changes["container"] = None
    elif not quoted and (issue := _ISSUE_ONLY.match(text.strip())) is not None:
        # a periodical cited by its volume and year alone: "World's Fair Bulletin 3 (1901), 41"
        changes["contributors"] = ()
        changes["title"] = None
        changes["container"] = " ".join(issue["periodical"].split())
        changes["issued"] = PartialDate(int(issue["year"]))
    elif not quoted and (us_code := _us_reference(text)) is not None:
        changes.update(us_code)
    elif not quoted and (bill := _BILL.match(text.strip())) is not None:
        # a bill by its number: "HB-110, 2023, Washington State Legislature"
        changes["title"] = bill["bill"]
        changes["publisher"] = " ".join(bill["body"].split())
        changes["issued"] = PartialDate(int(bill["year"]))
        changes["contributors"] = ()
        changes["container"] = None
    elif not quoted and (page := _POLICY_PAGE.match(text.strip())) is not None:
        # a platform's policy page: "Google Play, Developer Policy, Content Restrictions"
        changes["container"] = page["site"]
        changes["title"] = " ".join(page["title"].split()).rstrip(" .,")
        changes["contributors"] = ()
    elif not quoted and (outlet_named := _outlet_first(text)) is not None:
        changes.update(outlet_named)
    elif not quoted and (un_document := _un_document(text)) is not None:
        changes.update(un_document)
    elif not quoted and (release := _genre_first(text)) is not None:
        changes.update(release)
    elif not quoted and (numbered := _numbered_report(text)) is not None:
        changes.update(numbered)
    elif _report_first(text, quoted) and (report := _law_report(text, source)) is not None:
        changes.update(report)
    elif not quoted and (code := _code_levels(text)) is not None:
        changes.update(code)
    elif (german := _german_note(text, source)) is not None:
        changes.update(german)
    elif not quoted and (news := _bluebook_news(text) or _docket_case(text)) is not None:
        changes.update(news)
    elif not quoted and (
        (short_book := _SHORT_BOOK.match(text.strip())) is not None
        or (
            (short_book := _SHORT_BOOK_PAIR.match(text.strip())) is not None
            and not is_legal_title(short_book["title"])
        )
    ):
        # a short note for a book: "Goode and Ben-Yehuda, Moral Panics …, 37"
        names = re.split(r",?\s+and\s+|,\s+|\s*&\s*", short_book["names"])
        changes["contributors"] = tuple(Contributor(literal=n) for n in names)
        changes["title"] = " ".join(short_book["title"].split())
        changes["container"] = None
    elif not quoted and (congress := _CONGRESS_DOCUMENT.match(text.strip())) is not None:
        # "U.S. Congress, Senate Committee on the Judiciary, Title, hearing, 118th Cong., …":
        # the committee is part of the author (CRS's style), the document number no outlet
        changes["contributors"] = (Contributor(literal=" ".join(congress["body"].split())),)
        changes["title"] = " ".join(congress["title"].split())
        changes["container"] = None
    elif not quoted and (treaty := _TREATY_SHORT_NAME.match(text.strip())) is not None:
        # "Protocol Additional to the Geneva Conventions (Protocol I), arts. 57 to 58", "UN
        # Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol,
        # 2000)": the short name it is cited by later is no part of the title
        changes["title"] = " ".join(treaty["title"].split())
        changes["contributors"] = ()
        changes["container"] = None
        if treaty["year"]:
            changes["issued"] = PartialDate(int(treaty["year"]))
    elif not quoted and (statute := _STATUTE.match(text.strip())) is not None:
        changes["title"] = " ".join(statute["act"].split()).rstrip(",")
        changes["contributors"] = ()
        changes["container"] = None
        if statute["year"]:
            changes["issued"] = PartialDate(int(statute["year"]))
    elif not quoted and (instrument := _INSTRUMENT_ARTICLE.match(text.strip())) is not None:
        changes["title"] = " ".join(instrument["work"].split())
        changes["contributors"] = ()
        changes["container"] = None
    elif (
        not quoted
        and (french := _FRENCH_CASE.match(text.strip())) is not None
        and (judged := find_dates(french["date"]))
    ):
        changes["title"] = " ".join(french["case"].split()) if french["case"] else None
        changes["publisher"] = " ".join(french["court"].split())
        changes["issued"] = judged[0].value
        changes["contributors"] = ()
        changes["container"] = None
    elif article is not None:
        work = article["work"] or article["code"]
        changes["title"] = " ".join(work.split()) if work else None
        changes["contributors"] = ()
        changes["container"] = None
    elif not quoted and (euro := _EURO_CASE.match(text.strip())) is not None:
        changes["title"] = " ".join(euro["case"].split())
        changes["contributors"] = ()
        changes["container"] = None
        changes["publisher"] = euro["court"]
        changes["issued"] = find_dates(euro["date"])[0].value
    elif not quoted and (views := _COMMUNICATION.match(text.strip())) is not None:
        changes["title"] = " ".join(views["case"].split())
        changes["contributors"] = ()
        changes["container"] = None
        if views["body"]:
            changes["publisher"] = views["body"]
    elif court_case is not None:
        changes["title"] = " ".join(court_case["case"].split())
        changes["publisher"] = court_case["court"]
        changes["contributors"] = ()
        changes["container"] = None
    elif position is not None and find_dates(position["date"]):
        changes["title"] = " ".join(position["title"].split())
        changes["contributors"] = (Contributor(literal=position["body"]),)
        changes["issued"] = find_dates(position["date"])[0].value
        changes["container"] = None
    elif supra is not None and (supra["name"] is None or looks_like_name_phrase(short)):
        changes["title"] = None
        changes["container"] = None
        name = supra["name"]
        if name is not None and _SHORT_TITLE_WORD.search(name.strip()):
            # a work's short name ("Washington Hearing, supra note 39", after "[hereinafter …]")
            changes["title"] = " ".join(name.split())
            changes["contributors"] = ()
        elif name is not None:
            changes["contributors"] = (_short_name(name),)
    elif site is not None:
        changes["title"] = " ".join(site["title"].split())
        changes["container"] = site["site"]
        changes["contributors"] = ()
    elif resolution is not None and _whole_date(resolution["date"]):
        changes["title"] = resolution["symbol"]
        changes["issued"] = find_dates(resolution["date"])[0].value
        changes["container"] = None
        if resolution["body"]:
            changes["contributors"] = (Contributor(literal=resolution["body"].strip()),)
    elif not quoted and (in_run := _RESOLUTION_IN_RUN.match(text.strip().rstrip("."))):
        changes["title"] = in_run["symbol"]
        changes["issued"] = find_dates(in_run["date"])[0].value if in_run["date"] else None
        changes["container"] = None
        body = in_run["body"]
        changes["contributors"] = (Contributor(literal=body.strip()),) if body else ()
    elif (
        quoted
        and (site_paren := _SITE_PAREN_PUBLISHER.search(text)) is not None
        and _whole_date(site_paren["date"])
    ):
        site_name = " ".join(site_paren["site"].split())
        site_owner = " ".join(site_paren["publisher"].split())
        changes["container"] = site_name
        same = site_owner.casefold() == site_name.casefold()
        changes["publisher"] = None if same else site_owner
        if source.issued is None:
            changes["issued"] = find_dates(site_paren["date"])[0].value
    elif paren_publisher is not None and _whole_date(paren_publisher["date"]):
        publisher = " ".join(paren_publisher["publisher"].split())
        dated = f"{publisher}, {paren_publisher['date']}"
        if _whole_date(dated):
            # "“Title” (Aug. 8, 2025)": the comma is the date's own, there is no publisher
            changes["issued"] = find_dates(dated)[0].value
        elif looks_like_person(publisher):  # "(Nick Malinowski, 3 February 2013, URL)"
            changes["contributors"] = (split_person(publisher),)
        else:
            changes["publisher"] = publisher
        if source.container is None or source.container.lstrip("(").strip() == publisher:
            changes["container"] = None
        if source.issued is None and "issued" not in changes:
            changes["issued"] = find_dates(paren_publisher["date"])[0].value
    elif handle is not None and not quoted:
        # a post on a social network: the handle is the author, the post has no title
        changes["contributors"] = (Contributor(literal=handle["handle"]),)
        changes["title"] = None
        changes["container"] = None
    elif at_pin is not None and not find_dates(text[at_pin.end("title") :]):
        # a designation and a Bluebook pinpoint: "Gates 4/10/18 302, at 5"
        changes["title"] = " ".join(at_pin["title"].split())
        changes["container"] = None
        changes["contributors"] = ()
        dates = find_dates(at_pin["title"])
        if dates:
            changes["issued"] = dates[0].value
    elif oj is not None and not quoted:
        changes["container"] = f"{oj['series']} {oj['lc']} {oj['number']}"
        head = " ".join(text[: oj.start()].split()).strip(" ,;")
        if head:
            changes["title"] = head
            dates = find_dates(head)
            if dates:
                changes["issued"] = dates[0].value
    elif bare is not None:
        changes["container"] = f"{bare['series']} {bare['lc']} {bare['number']}"
        changes["title"] = None
    elif (domain := _DOMAIN_FIRST.match(text)) is not None and not quoted:
        changes["container"] = domain["domain"]
        changes["title"] = " ".join(domain["title"].split()).rstrip(" ,.")
        changes["contributors"] = ()
    elif (only := _DOMAIN_ONLY.match(text)) is not None:
        changes["container"] = only["domain"]
        changes["title"] = None
    elif not quoted and _prose_before_address(text):
        # "For the full library of …, see https://…", "The Council's website is https://…": an
        # address pointed to in a sentence, with no title of its own
        changes["title"] = None
        changes["container"] = None
        changes["contributors"] = ()
    elif not quoted and (owner := _owner_site(text)) is not None:
        # a website cited by its owner's name alone: "International Organization for
        # Migration, https://www.iom.int", "AD FONTES MEDIA, INC. https://…"
        changes["container"] = owner
        changes["title"] = None
        changes["contributors"] = ()
    elif not quoted and (orgs := _orgs_title_paren(text)):
        changes.update(orgs)
    elif (apa := _apa(text, source)) is not None:
        changes.update(apa)
    elif not quoted and (mla := _mla(text)) is not None:
        changes.update(mla)
    elif not quoted and len(leading_persons(text)[0]) < 2 and (byline := _byline(text)):
        changes.update(byline)
    elif not quoted and (named := _named_first(text)):
        changes.update(named)
    elif not quoted:
        changes.update(_bluebook(text, source))
        if "contributors" not in changes:
            changes.update(_persons_first(text, source, lead_words))

    opening = _OPENING_QUOTE.search(text) if quoted and "contributors" not in changes else None
    persons, at = leading_persons(text[: opening.start()] + "“") if opening else ((), 0)
    if opening and len(persons) >= 2 and not text[at : opening.start()].strip(" ,"):
        changes["contributors"] = persons  # "Biderman, Stella, K. B., and L. G., “Title”"
    elif opening and (listed := _inverted_then_listed(text[: opening.start()])) is not None:
        changes["contributors"] = listed
    if "contributors" not in changes and (dash := _DASH_LEAD.match(text)):
        # "SCOTUSblog — “Title” (Feb. 2024): URL", "CPJ — “Title” …": an outlet's name is the
        # container, any other name the author
        name = " ".join(dash["name"].split())
        if is_outlet_name(name) or is_known_outlet(name, agencies=True) or _BLOG.search(name):
            changes["container"] = name
            changes["contributors"] = ()
        elif _name_words(name):
            changes["contributors"] = (Contributor(literal=name),)
    if source.url is None and (bare := _AVAILABLE_DOMAIN.search(text)) is not None:
        changes["url"] = bare["url"].rstrip(".")
    container = changes.get("container", source.container)
    cleaned_only: str | None = None  # the container only cleaned, which a chapter's book replaces
    if isinstance(container, str) and "container" not in changes:
        cleaned = clean_container(container)
        if cleaned != container:
            changes["container"] = cleaned_only = cleaned
    editors = _EDITORS_HEAD.match(text) if not quoted else None
    if editors is not None and (
        "contributors" not in changes or text[editors.end("editors") :].startswith(",")
    ):
        # "David Lyon (ed.), Title, London; New York: Routledge", "Rhona H. Flin, ed., Title"
        changes["contributors"] = ()
        title_now = changes.get("title", source.title)
        if (
            not isinstance(title_now, str)
            or editors["editors"] in title_now
            or re.match(r"eds?\.,", title_now)
        ):
            changes.update(_editors_work(editors["rest"], changes.get("issued", source.issued)))
            publisher_now = changes.get("publisher", source.publisher)
            if container is not None and container == publisher_now:
                changes["container"] = None  # "(Aldershot: Ashgate, 2005)": the imprint
    opening_title = _LEADING_QUOTED.match(text)
    if opening_title is not None and source.contributors and "contributors" not in changes:
        # "'J. H. Prynne', Wikipedia, …": nothing printed before the title is an author; a
        # name read from inside the quotes, or the outlet read again, is none
        inside = (opening_title["d"] or opening_title["s"] or "").lower()
        outlet = (source.container or "").lower()
        kept = tuple(
            c
            for c in source.contributors
            if c.display().lower() not in inside and c.display().lower() != outlet
        )
        if kept != source.contributors:
            changes["contributors"] = kept
    outlet_now = changes.get("container", source.container)
    imprint = _IMPRINT_ONLY.match(outlet_now) if isinstance(outlet_now, str) else None
    if imprint is not None and _imprint_in(raw, imprint.group(0)):
        changes["container"] = None  # "Cambridge: Harvard University Press" is the imprint
        if changes.get("publisher", source.publisher) is None:
            changes["publisher"] = imprint["publisher"].strip()
    chapter = _IN_BOOK_AFTER_QUOTE.search(text) if quoted else None
    title_at = text.find(source.title) if source.title else -1
    if (
        chapter is not None
        and title_at != -1
        and chapter.start() < title_at + len(source.title or "")
    ):
        chapter = None  # a quote inside the title ("… ‘of’ in Aaa,” …) is not its end
    if chapter is not None and (
        "container" not in changes
        or (cleaned_only is not None and changes["container"] == cleaned_only)
    ):
        # "…' in Karim A A Khan, … (eds), Principles of Evidence …": the rules read "in Karim"
        changes["container"] = " ".join(chapter["book"].split())
    journal = _JOURNAL_AFTER_QUOTE.search(text) if quoted and chapter is None else None
    if journal is not None and "container" not in changes:
        changes["container"] = " ".join(journal["journal"].split())
    place = _US_PLACE.search(text)
    if place is not None:
        city = place["city"].lower()
        outlet_now = changes.get("container", source.container)
        if isinstance(outlet_now, str) and outlet_now.lower().strip(" ,") == city:
            changes["container"] = None  # "…, Atlanta, Georgia (July 15, 2010)": where it was held
        people = changes.get("contributors", source.contributors)
        if isinstance(people, tuple) and any(city in c.display().lower() for c in people):
            changes["contributors"] = tuple(c for c in people if city not in c.display().lower())
    changes.update(_place_of_publication(changes, source, text, quoted))
    if not quoted:
        changes.update(_name_then_dated_title(changes, source, text))
    changes.update(_company_suffix(changes, source, text))
    changes.update(_acronym_after_name(changes, source, text))
    if not quoted:
        changes.update(_inverted_name_then_title(changes, source, text))
        changes.update(_bibliography_book(text) or _mla_entry(text))
    else:
        changes.update(_mla_entry(text, after_quotation=True))
    if not quoted and (series := _TREATY_SERIES.match(text.strip())) is not None:
        # "Rome Statute of the International Criminal Court, 2187 UNTS 90, 17 July 1998 (…)":
        # the treaty series is the outlet, its volume and page no part of the title
        treaty_title = " ".join(series["title"].split())
        signed = _TREATY_SIGNED.search(treaty_title)
        if signed is not None and (when := find_dates(signed["date"])):
            # Bluebook: "Convention … in the Field art. 19, Aug. 12, 1949, 75 U.N.T.S. 31"
            treaty_title = treaty_title[: signed.start()]
            changes["issued"] = when[0].value
        changes["title"] = treaty_title
        changes["container"] = series["series"]
        changes["contributors"] = ()
    title_now = changes.get("title", source.title)
    if isinstance(title_now, str) and (app := _APPLICATION_NUMBER.match(title_now)):
        # "Big Brother Watch and Others v the United Kingdom App nos 58170/13, … (ECtHR, 25 May
        # 2021)": the application's numbers and the court follow the case's name
        changes["title"] = app["case"]
        court = _COURT_PAREN.search(text)
        if court is not None and changes.get("publisher", source.publisher) is None:
            changes["publisher"] = court["court"]
    title_now = changes.get("title", source.title)
    if isinstance(title_now, str) and _BACK_REFERENCE.fullmatch(title_now.strip(" ,.")):
        changes["title"] = None  # "See above note 12", "Amnesty International, op. cit., p. 12"
    ruling = changes.get("container", source.container)
    if isinstance(ruling, str) and (
        _RULING.fullmatch(ruling.strip(" ,.")) or _DOC_LABEL.match(ruling)
    ):
        changes["container"] = None  # "ICJ, Title, Advisory Opinion, …", "U.N. Doc. A/810"
    ruled = changes.get("publisher", source.publisher)
    if isinstance(ruled, str) and _RULING.fullmatch(ruled.strip(" ,.")):
        changes["publisher"] = None
    people = changes.get("contributors", source.contributors)
    title_now = changes.get("title", source.title)
    if (
        isinstance(people, tuple)
        and len(people) == 1
        and isinstance(title_now, str)
        and people[0].display() == title_now.strip()
        and text.count(title_now.strip()) == 1
        and is_legal_title(title_now)
    ):
        changes["contributors"] = ()  # "Universal Declaration of Human Rights, G.A. Res. …"
    outlet_now = changes.get("container", source.container)
    genre = _GENRE_PAREN.search(text)
    if isinstance(outlet_now, str) and (
        (outlet_now.startswith("(") and ")" not in outlet_now)
        or (genre is not None and outlet_now.strip("( ") in genre.group(0))
    ):
        changes["container"] = None  # "(seminar, University of Sussex, …)": not an outlet
    for name in ("container", "title"):
        value = changes.get(name, getattr(source, name))
        if name == "title" and (quoted or _OPENING_QUOTE.match(text.lstrip())):
            continue  # a quoted title is the span between its quotation marks
        if isinstance(value, str) and (trimmed := _without_edition(value, name, raw)) != value:
            changes[name] = trimmed
    title = changes.get("title", source.title)
    lead = _TITLE_SIGNAL.match(title) if isinstance(title, str) else None
    if isinstance(title, str) and lead is not None and title[lead.end() :].strip():
        title = changes["title"] = title[lead.end() :].strip()  # "… se puede ver el Manual …"
    pin = _TITLE_PINPOINT.search(title) if isinstance(title, str) else None
    if isinstance(title, str) and pin is not None and pin.start() > 0:
        changes["title"] = title[: pin.start()]  # "Manual …. Página 37"
    title = changes.get("title", source.title)
    container = changes.get("container", source.container)
    if isinstance(container, str) and (
        _EDITORIAL_WORD.match(container) or _PAGE_RANGE.match(container)
    ):
        container = changes["container"] = None  # "trans", "2nd edition": not an outlet
    if quoted and isinstance(container, str) and _SECTION_LABEL.match(container):
        container = changes["container"] = None  # "“Title,” statements and releases, Date"
    if (
        isinstance(container, str)
        and isinstance(title, str)
        and len(container) > 10
        and title.startswith(container)
        and len(title) > len(container)
    ):
        container = changes["container"] = None  # the head of an unquoted title read again
    long_title = isinstance(title, str) and len(title) > 10
    # "“Situational Awareness,” Situational Awareness": an outlet after the closing quote may
    # have the quoted title's name
    same_name = quoted and isinstance(container, str) and container.strip() == title
    if (
        long_title
        and not same_name
        and isinstance(container, str)
        and isinstance(title, str)
        and title in container
    ):
        container = changes["container"] = None  # the title, read again with what follows
    if not quoted and isinstance(title, str) and isinstance(container, str):
        whole = title if title.endswith(f", {container}") else f"{title}, {container}"
        at = text.find(whole)
        if at != -1 and _BOOK_IMPRINT.match(text, at + len(whole)):
            # "Walled States, Waning Sovereignty (New York: Zone Books, 2010)": a book's
            # title holds the comma; a book has no outlet
            title = changes["title"] = whole
            container = changes["container"] = None
    season = _SEASON.search(container) if isinstance(container, str) else None
    if isinstance(container, str) and season is not None and season.start():
        changes["container"] = container[: season.start()].rstrip(" ,")  # "Law (Summer 2011)"
        if changes.get("issued", source.issued) is None:
            changes["issued"] = PartialDate(int(season["year"]))
    modified = _LAST_MODIFIED.search(text) if source.issued is None else None
    if modified is not None and "issued" not in changes and find_dates(modified["date"]):
        changes["issued"] = find_dates(modified["date"])[0].value  # Chicago web pages
    title_cited = changes.get("title", source.title)
    cited = _PREVIOUSLY_CITED.search(title_cited) if isinstance(title_cited, str) else None
    if isinstance(title_cited, str) and cited is not None and cited.start() > 0:
        changes["title"] = title_cited[: cited.start()]  # "The Telegram (previously cited)"
    title = changes.get("title")
    taken = source.publisher
    if isinstance(title, str) and taken and "publisher" not in changes and taken in title:
        changes["publisher"] = None  # a piece of the title the rules took for a publisher
    venue = changes.get("container", source.container)
    court = _COURT_NAME.fullmatch(venue.strip(" _.,")) if isinstance(venue, str) else None
    if court is not None and quoted and changes.get("publisher", source.publisher) is None:
        # "“Dr. Satendra Singh versus Union of India & Ors. Order ….” High Court of Delhi.":
        # a court after a judgment's heading is its publisher, not an outlet
        changes["publisher"] = court.group(0)
        changes["container"] = None
    issued_by = _RELEASE_OF.match(text)
    if issued_by is not None and (release_day := find_dates(issued_by["date"])):
        # "European Commission press release of 4 March 2026, ‘Title’, URL"
        changes["contributors"] = (Contributor(literal=" ".join(issued_by["body"].split())),)
        changes["issued"] = release_day[0].value
        changes["container"] = None
    container_now = changes.get("container", source.container)
    eu_doc = _EU_DOCUMENT.search(text) if isinstance(container_now, str) else None
    if eu_doc and eu_doc.group(0).lower().startswith(str(container_now).lower().strip()):
        changes["container"] = None  # "COM(2012) 582 final": the document's number
    people = changes.get("contributors", source.contributors)
    if (
        isinstance(people, tuple)
        and len(people) == 2
        and all(c.literal for c in people)
        and _body_and_organ(people[0].display(), people[1].display())
        and text.startswith(f"{people[0].display()}, {people[1].display()}")
    ):
        # "Council of Europe, Committee of Ministers (1987), Recommendation …": one body
        changes["contributors"] = (
            Contributor(literal=f"{people[0].display()}, {people[1].display()}"),
        )
    title_now = changes.get("title", source.title)
    if isinstance(title_now, str) and ", " in title_now:
        head, _, last = title_now.rpartition(", ")
        before_town, _, town = head.rpartition(", ")
        if _whole_date(last) and find_dates(last)[0].value == changes.get("issued", source.issued):
            # "Recommendation Rec(87)15 …, Strasbourg, 17 September 1987": where and when
            title_now = before_town if before_town and town in _PUBLICATION_PLACES else head
            changes["title"] = title_now
    series_end = _SERIES_AFTER_TITLE.search(title_now) if isinstance(title_now, str) else None
    if series_end is not None and changes.get("container", source.container) in (
        None,
        series_end["series"],
    ):
        # "Charter of Fundamental Rights of the European Union, OJ 2012 C 326": the journal
        # and its issue follow the act's title
        changes["title"] = series_end.string[: series_end.start()]
        changes["container"] = series_end["series"]
    title_last = changes.get("title", source.title)
    genre_end = _GENRE_SENTENCE.search(title_last) if isinstance(title_last, str) else None
    if genre_end is not None:
        changes["title"] = genre_end.string[: genre_end.start()]  # "…: 1800–1900. Database."
    container_last = changes.get("container", source.container)
    issue = _VOLUME_DOT_ISSUE.search(container_last) if isinstance(container_last, str) else None
    if issue is not None and re.search(re.escape(issue.string) + r",\s+\d", raw):
        changes["container"] = issue.string[: issue.start()]  # "Journal 7.2, 144–49"
    if isinstance(container_last, str) and _DESIGNATION.fullmatch(container_last.strip(" .")):
        changes["container"] = None  # "…." NBER Working Paper 34065.": the work's number
    people = changes.get("contributors", source.contributors)
    if (
        isinstance(people, tuple)
        and len(people) == 1
        and _ORDER_NUMBER.fullmatch(people[0].display())
    ):
        # "Executive Order 14303, “Title,” Executive Office of the President, May 23, 2025":
        # the order's number is no author; the office that issued it is
        issuer = changes.get("container", source.container)
        if isinstance(issuer, str) and has_organisation_word(issuer) and not is_outlet_name(issuer):
            changes["contributors"] = (Contributor(literal=issuer),)
            changes["container"] = None
        else:
            changes["contributors"] = ()
    if _ARCHIVE_AFTER_URL.search(text):
        # "…/issue_summary. Internet Archive, accessed December 14, 2017, https://web.archive…":
        # where the copy was kept, not who wrote or published the page
        if changes.get("container", source.container) in _ARCHIVES:
            changes["container"] = None
        people = changes.get("contributors", source.contributors)
        if isinstance(people, tuple) and any(c.display() in _ARCHIVES for c in people):
            changes["contributors"] = tuple(c for c in people if c.display() not in _ARCHIVES)
    outlet_last = changes.get("container", source.container)
    if (
        isinstance(outlet_last, str)
        and (issue_no := _ISSUE_NO_LEFT.search(outlet_last)) is not None
        and re.search(re.escape(outlet_last) + r"\.?\s*\d", text)
        and not _NUMBERED_DOCUMENT.search(outlet_last[: issue_no.start()])
    ):
        # "…,” Stanford Engineering News no. 33 (November 1961): 1": the issue's number
        outlet_last = changes["container"] = outlet_last[: issue_no.start()]
    glued = _GLUED_VOLUME.search(outlet_last) if isinstance(outlet_last, str) else None
    if isinstance(outlet_last, str) and glued is not None:
        # "….”Social Forces96 (4): 1411-42": a web page's italics lost their spaces
        outlet_last = changes["container"] = outlet_last[: glued.start()].rstrip(" *")
    if isinstance(outlet_last, str) and (genre := _GENRE_AFTER_SITE.search(outlet_last)):
        # "…,” IBM (website), n.d., URL": the site and what it is; "…,” webpage, February 2026"
        changes["container"] = outlet_last[: genre.start()].strip(" ,") or None
    oj_tail = _OJ_TAIL.search(text) if changes.get("container", source.container) is None else None
    title_now = changes.get("title", source.title)
    if oj_tail is not None and isinstance(title_now, str):
        # OSCOLA's EU legislation: "Directive 2000/31/EC of … [2000] OJ L 178/1"
        changes["container"] = " ".join(oj_tail["oj"].split())
        head = " ".join(text[: oj_tail.start()].split()).strip(" ,")
        if head and " ".join(title_now.split()).startswith(head):
            changes["title"] = head
    site = _OSCOLA_SITE.search(text) if changes.get("container", source.container) is None else None
    title_last = changes.get("title", source.title)
    if (
        site is not None
        and isinstance(title_last, str)
        and text[: site.start() + 1].rstrip("’'").endswith(title_last.rstrip("’'"))
        and "/" not in site["site"]  # a document's symbol: "(A/HRC/35/22/Add.3, 2017)"
        and find_dates(site["date"])
    ):
        # OSCOLA's web sources: "Ben Thompson, ‘The TikTok War’ (Stratechery, 14 July 2020)"
        changes["container"] = " ".join(site["site"].split())
        if changes.get("publisher", source.publisher) == changes["container"]:
            changes["publisher"] = None
    if changes.get("publisher", source.publisher) in _MEDIUM_WORDS:
        changes["publisher"] = None  # MLA 7's medium: "…, 2014. Web. URL"
    if not changes:
        return source, frozenset()
    return replace(source, **changes), frozenset(changes)  # type: ignore[arg-type]


def inherit(source: SourceRecord, previous: SourceRecord | None) -> SourceRecord:
    """The second of ``Body resolutions 59/209 of <date> and 67/221 of <date>`` takes the
    issuing body the first one printed for both."""
    if previous is None or source.contributors or not previous.contributors:
        return source
    raw = (source.raw or "").strip().rstrip(".")
    if not (_RESOLUTION.match(raw) or _RESOLUTION_IN_RUN.match(raw)):
        return source
    earlier = (previous.raw or "").strip().rstrip(".")
    before = _RESOLUTION.match(earlier) or _RESOLUTION_IN_RUN.match(earlier)
    if before is None or not (before["body"] or previous.contributors):
        return source
    return replace(source, contributors=previous.contributors)


# a treaty series or an official journal and its number: "CETS No. 108", "OJ 2012 C 326"
_SERIES_NUMBER = (
    r"(?:C?ETS|UNTS|(?:OJ|PB|ABl\.|JO|DO|GU)(?:\s+\d{4})?\s+[LC](?:\s+[IVX]+)?)"
    r"\s*(?:No\.?\s*)?\d+[A-Z]?"
)
_NUMBERED_SERIES = re.compile(r"^" + _SERIES_NUMBER + r"$")
_SERIES_AFTER_TITLE = re.compile(r",\s+(?P<series>" + _SERIES_NUMBER + r")$")


def clean_container(value: str) -> str | None:
    """An outlet without the volume, page or pinpoint a style prints next to it."""
    value = _LEADING_IN.sub("", value.strip())
    if (server := _PREPRINT.match(value)) is not None:
        return server["server"]  # "arXiv preprint arXiv:2201.07311"
    if _PINPOINT_ONLY.match(value):
        return None
    value = _NOT_YET_OUT.sub("", value) or value  # "Politics, Religion & Ideology (forthcoming)"
    if _NUMBERED_SERIES.match(value):
        return value  # "CETS No. 108", "OJ L 281", "OJ 2012 C 326": the number names the issue
    stripped = _TRAILING_NUMBER.sub("", _VOLUME_COLON_PAGES.sub("", value))
    stripped = _LEADING_VOLUME.sub("", stripped).strip(" ,")
    return stripped if any(ch.isalpha() for ch in stripped) else value


def _top_commas(text: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated pieces of ``text`` outside brackets."""
    if "(" not in text and "[" not in text:
        out, start = [], 0
        for m in _COMMA.finditer(text):
            out.append((start, m.start()))
            start = m.end()
        return [*out, (start, len(text))]
    out = []
    depth = 0
    start = 0
    for m in _BRACKET_OR_COMMA.finditer(text):
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append((start, m.start()))
            start = m.end()
    out.append((start, len(text)))
    return out


_COMMA = re.compile(",")
_BRACKET_OR_COMMA = re.compile(r"[()\[\],]")
_NAMES_REACH = 400  # an author list is never longer than this


@functools.lru_cache(maxsize=2048)
def leading_persons(text: str) -> tuple[tuple[Contributor, ...], int]:
    """Persons named before the first other piece (``A, B & C, Title``) and where it starts."""
    pieces = _top_commas(text[:_NAMES_REACH])
    families = _bare_families(text, pieces)
    if families is not None:
        return families
    best: tuple[tuple[Contributor, ...], int] = ((), 0)
    first = best
    names: list[Contributor] = []
    inverted = _inverted_first(text, pieces)
    for k, (s, e) in enumerate(pieces[:-1]):
        if inverted and k == 1:
            continue  # the first author's given name, already read
        piece = " ".join(text[s:e].split())
        if _SUFFIX.match(piece) and names:
            last = names[-1]
            names[-1] = replace(last, family=f"{last.family}, {piece}")
            best = (tuple(names), pieces[k + 1][0])
            if len(names) == 1:
                first = best
            continue
        last_name = False
        if names and (tail := _LAST_AND.match(piece)) is not None:
            piece, last_name = tail["name"], True  # "A, B, and C, Title": C ends the list
        if inverted and k == 0:
            s2, e2 = pieces[1]
            piece = f"{' '.join(text[s2:e2].split())} {piece}"  # "Biderman, Stella, K. B, and L. G"
        found, ok = split_authors(_ET_AL.sub("", piece))
        persons = [c for c in found if not c.is_organisation]
        if not ok or not found or len(persons) != len(found):
            family = _ET_AL.sub("", piece)
            if not _ET_AL.search(piece):
                break
            if looks_like_person(family):
                persons = [split_person(family)]
            elif _FAMILY.match(family):  # "Ververis et al"
                persons = [Contributor(family=family)]
            else:
                break
        names.extend(persons)
        best = (tuple(names), pieces[k + 1][0])
        if last_name or _ET_AL.search(piece) or " & " in piece or " and " in piece:
            return best  # the list ends with its last name
        if k == 0:
            first = best
    if len(best[0]) >= _BARE_LIST and best[0]:
        return best
    # "Neil MacFarquhar, Yevgeniy Prigozhin, Russian Oligarch …": no "and", so one author
    return first if best[0] else best


def _bare_families(
    text: str, pieces: list[tuple[int, int]]
) -> tuple[tuple[Contributor, ...], int] | None:
    """``Lester, Pannick, Herberg, Human Rights Law and Practice``: three or more family names
    alone, then a piece of several words (the title), are a list of authors, not one inverted
    name; two are too few to tell from ``Family, Given``."""
    run: list[str] = []
    for s, e in pieces[:-1]:
        piece = " ".join(text[s:e].split())
        if not _FAMILY.match(piece) or piece.isupper():
            break
        run.append(piece)
    if len(run) < _BARE_LIST:
        return None
    s, e = pieces[len(run)]
    title = text[s:e].split()
    if len(title) < 2 or not title[0][:1].isupper():
        return None
    return tuple(Contributor(family=f) for f in run), s + len(text[s:e]) - len(text[s:e].lstrip())


_LAST_AND = re.compile(r"^(?:and|&)\s+(?P<name>\S.*)$")
_GIVEN = re.compile(r"^[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?$")


def _inverted_first(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Chicago bibliography order: ``Family, Given, Given Family, and Given Family, Title``."""
    if len(pieces) < 4:
        return False
    first, given, third = (" ".join(text[s:e].split()) for s, e in pieces[:3])
    if not (_FAMILY.match(first) and _GIVEN.match(given)):
        return False
    later = [" ".join(text[s:e].split()) for s, e in pieces[2:6]]
    starts_list = looks_like_person(third) or bool(_LAST_AND.match(third))
    return starts_list and any(_LAST_AND.match(p) for p in later)


_SEASON = re.compile(r"\s*\(?(?i:spring|summer|autumn|fall|winter)\s+(?P<year>\d{4})\)?$")
_LAST_MODIFIED = re.compile(r"(?i:last\s+(?:modified|updated)),?\s+(?P<date>[^,()]{3,40})")
_AT_TAIL = re.compile(r",\s*at\s+[\w–-]+\s*$")
_BARE_LIST = 3  # names listed with no "and" before the title: this many make a list
_PINPOINT_TAIL = re.compile(r"(?:,\s*at\s+\S+|\s+\d[\d–-]*)$")


def _dated_paren(text: str) -> re.Match[str] | None:
    """The first top-level ``(…date)`` followed by the end, a URL or another parenthesis."""
    for m in _PAREN.finditer(text):
        if text[: m.start()].count("(") != text[: m.start()].count(")"):
            continue
        dates = find_dates(m["inner"])
        if dates and dates[-1].end >= len(m["inner"].rstrip()) - 1:
            return m
    return None


def _paren_dated(text: str) -> dict[str, object]:
    """``Persons, Title, Outlet (Mar. 24, 2016)``, ``Persons, Title 4 (Publisher, 2018)``."""
    out: dict[str, object] = {}
    paren = _dated_paren(text)
    if paren is None:
        return out
    inner = paren["inner"]
    date = find_dates(inner)[-1]
    before = inner[: date.start].strip(" ,")
    head = text[: paren.start()]
    persons, at = leading_persons(head)
    rest = head[at:]
    pieces = _top_commas(rest)
    if date.precision.value == "day" and not before and len(pieces) >= 2:
        s, e = pieces[-1]
        outlet = " ".join(rest[s:e].split())
        if outlet and outlet[0].isupper() and len(outlet.split()) <= 8:
            out["container"] = outlet
            out["title"] = " ".join(rest[: s - 1].split()).strip(" ,")
            out["contributors"] = persons
        return out
    if persons and date.precision.value == "month" and not before and len(pieces) >= 2:
        s, e = pieces[-1]
        out["title"] = " ".join(rest[: s - 1].split()).strip(" ,")
        out["publisher"] = " ".join(rest[s:e].split())
        out["container"] = None
        out["contributors"] = persons
        return out
    if persons and (date.precision.value == "year" or before):
        title = _PINPOINT_TAIL.sub("", " ".join(rest.split()).strip(" ,"))
        if title:
            out["title"] = title
            out["contributors"] = persons
            if not _ACCESS_BEFORE.search(before):  # "(last visited July 14, 2022)"
                out["issued"] = date.value  # the report's year, not one inside its number
        return out
    if not persons and date.precision.value != "day":
        # "U.S. Dep’t of the Treasury, The State of Labor Market Competition, at ii (2022)"
        rest = _AT_TAIL.sub("", rest)
        pieces = _top_commas(rest)
    if not persons and date.precision.value != "day" and 2 <= len(pieces) <= 3:
        # "Council of Econ. Advisers, White House, Benefits of Competition … 4 (Apr. 2016)"
        names = [" ".join(rest[a:b].split()) for a, b in pieces]
        if all(has_organisation_word(n) and looks_like_name_phrase(n) for n in names[:-1]):
            title = _PINPOINT_TAIL.sub("", names[-1])
            if title and title[0].isupper():
                out["contributors"] = (Contributor(literal=names[0]),)
                out["title"] = title
                out["container"] = None
                if len(names) == 3:
                    out["publisher"] = names[1]
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _persons_first(
    text: str, source: SourceRecord, lead_words: set[str] | None = None
) -> dict[str, object]:
    """``A, B and C, Title, …`` read by neither rules nor labeller as a list of names."""
    persons, at = leading_persons(text)
    if not persons or not text[at:].strip():
        return {}
    out: dict[str, object] = {}
    if [c.display() for c in source.contributors] != [c.display() for c in persons]:
        out["contributors"] = persons
    title = source.title or ""
    names = set(_words(text[:at])) | (lead_words or set())
    rest = " ".join(text[at:].split())
    first = _words(rest)[:1]
    cut = re.search(r"\b" + re.escape(first[0]), title, re.IGNORECASE) if first else None
    if cut is not None and cut.start() > 0 and set(_words(title[: cut.start()])) <= names:
        out["title"] = title[cut.start() :]
    elif title and set(_words(title)) <= names and (after := _top_commas(rest)):
        out["title"] = rest[after[0][0] : after[0][1]].strip()  # the rules took a name
    if source.container and set(_words(source.container)) <= names:
        out["container"] = None
    return out


_FAMILIES = re.compile(r"^[A-Z][\w’'-]*[a-z][\w’'-]*(?:/[A-Z][\w’'-]*[a-z][\w’'-]*)*$")
_THE_OUTLET = re.compile(r"^The(?:\s+[A-Z][\w.&’'-]*){1,3}$")
_URL_START = re.compile(r"\s*(?:https?:|www\.)")


def _outlet_first(text: str) -> dict[str, object] | None:
    """An outlet named first, then an unquoted title and its date: ``Radio Free Asia, Nearly
    Half of Uyghurs … Camps, 9 October 2017`` (a link printed as an arrow may follow)."""
    head = text.strip().rstrip(" .→")
    pieces = [(s, e) for s, e in _top_commas(head) if head[s:e].strip()]
    if len(pieces) < 3:
        return None
    first = " ".join(head[pieces[0][0] : pieces[0][1]].split())
    known = is_known_outlet(first)
    if not known and (not is_outlet_name(first) or looks_like_person(first)):
        return None
    date_start = pieces[-1][0]
    if not _whole_date(head[date_start:].strip()):
        return None
    title = " ".join(head[pieces[1][0] : pieces[-2][1]].split())
    opens = title[:1].isupper() or (known and title[:1].isdigit())  # "48 Ways to …"
    if not opens or find_dates(title) or _URL_START.search(title):
        return None
    return {"container": first, "title": title, "contributors": ()}


def _un_document(text: str) -> dict[str, object] | None:
    """A UN document with its symbol after the title: ``Working Group on Arbitrary Detention,
    Deliberation No. 9 …, UN doc. A/HRC/22/44, 24 December 2012, para. 38`` (the body named
    first is the author); the date and a paragraph may follow the symbol."""
    text = text.strip().rstrip(".")
    m = _UN_SYMBOL.search(text)
    if m is None:
        return None
    issued = None
    for piece in (p.strip() for p in m["tail"].split(",") if p.strip()):
        if _whole_date(piece) and issued is None:
            issued = find_dates(piece)[0].value
        elif (
            not _UN_TAIL_PIECE.match(piece)
            and not piece.isdigit()
            and piece not in _PUBLICATION_PLACES
            and piece != "New York"  # "A/RES/68/167, New York, 18 December 2013"
        ):
            return None
    head = text[: m.start()]
    pieces = [" ".join(head[s:e].split()) for s, e in _top_commas(head)]
    pieces = [p for p in pieces if p]
    if len(pieces) > 2 and _body_and_organ(pieces[0], pieces[1]):
        pieces = [f"{pieces[0]}, {pieces[1]}", *pieces[2:]]  # "UN, General Assembly, Title"
    if issued is None and m["year"]:
        issued = PartialDate(int(m["year"]))  # "U.N. Doc. CCPR/C/GC/34 (2011), para. 23"
    if len(pieces) > 1 and _whole_date(pieces[-1]) and issued is None:
        issued = find_dates(pieces.pop())[0].value  # "Civil Society Space,10 July 2025,A/HRC/…"
    if not pieces or not pieces[0][:1].isupper():
        return None
    changes: dict[str, object] = {"container": None, "contributors": ()}
    first = pieces[0]
    words = first.split()
    if (
        len(pieces) > 1
        and len(words) <= 12
        and (has_organisation_word(first) or re.match(r"U\.N\.\s|UN\s", first) is not None)
        and not looks_like_person(first)
        and all(w[:1].isupper() or w.islower() for w in words)
    ):
        changes["contributors"] = (Contributor(literal=first),)
        pieces = pieces[1:]
    elif len(pieces) > 1 and looks_like_person(first) and pieces[1][:1].isupper():
        # "Philip Alston, Report of the Special Rapporteur on …, UN Doc. A/HRC/14/24/Add.6"
        changes["contributors"] = (split_person(first),)
        pieces = pieces[1:]
    changes["title"] = ", ".join(pieces)
    if issued is not None:
        changes["issued"] = issued
    return changes


def _named_first(text: str) -> dict[str, object]:
    """An unquoted title after a name and no date: ``Borgers, Title, Outlet, URL`` (family
    names, ``/`` between co-authors), ``The Verge, Title`` (an outlet), ``Institute, TITLE``."""
    url = _URL_START.search(text)
    head = text[: url.start()] if url else text
    pieces = [" ".join(head[s:e].split()) for s, e in _top_commas(head)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or find_dates(head) or "(" in head:
        return {}
    first, rest = pieces[0], pieces[1:]
    title = ", ".join(rest)
    if not title[:1].isupper():
        return {}
    if _FAMILIES.match(first) and url and len(rest) >= 2 and len(rest[-1].split()) <= 4:
        return {
            "contributors": tuple(Contributor(literal=n) for n in first.split("/")),
            "title": ", ".join(rest[:-1]),
            "container": rest[-1],
        }
    if _THE_OUTLET.match(first) and not has_organisation_word(first) and not url:
        return {"container": first, "title": title, "contributors": ()}
    letters = [ch for ch in title if ch.isalpha()]
    if has_organisation_word(first) and letters and all(ch.isupper() for ch in letters):
        return {"contributors": (Contributor(literal=first),), "title": title, "container": None}
    return {}


def _short_name(name: str) -> Contributor:
    name = _ET_AL.sub("", " ".join(name.split()))
    return split_person(name) if looks_like_person(name) else Contributor(literal=name)


def _whole_date(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and dates[0].start == 0 and dates[0].end >= len(text.rstrip(" .")) - 1


def _law_report(text: str, source: SourceRecord) -> dict[str, object] | None:
    """Case name, report and year of ``Donoghue v Stevenson [1932] AC 562`` and kin; a report
    with no case name before it (``[1990] 1 AC 109 at 183``) has no title."""
    report = _LAW_REPORT.search(text) or _YEAR_THEN_APPLICATION.search(text)
    if report is None:
        return None
    head = _APPLICATION.sub("", text[: report.start()].strip()).strip(" ,;")
    if head and not _PARTIES.search(head):
        return None  # an article or a book with a year in brackets, not a case
    if head:
        head = _case_name(head)
    year = int(report["bracket"] or report["round"])
    reporter = report.groupdict().get("reporter")
    out: dict[str, object] = {
        "title": " ".join(head.split()) or None,
        "container": " ".join(reporter.split()) if reporter else None,
        "contributors": (),
    }
    if source.issued is None or source.issued.year != year:
        out["issued"] = PartialDate(year)
    court = (report.groupdict().get("court") or "").strip(" ,")
    if court:
        out["publisher"] = court  # "(9th Cir. 2000)"
    return out


# a US register, code or session-law reference (Bluebook and the Federal Register print them
# alike): "79 FR 51731, 51734-39 (Aug. 29, 2014)", "86 Fed. Reg. 36,987", "12 U.S.C. 3401",
# "12 CFR 1003.1(b)(1)", "124 Stat. 1376"
_US_REFERENCE = re.compile(
    r"(?<![\w.])(?P<volume>\d{1,3})\s+(?P<reporter>FR|Fed\.\s?Reg\.|U\.S\.C\.(?:A\.)?|C\.F\.R\.|CFR"
    r"|U\.S\.\s+Code|Stat\.)\s+§*\s*\d"
)
# what may name the work before its reference: an Act, a Public Law, a short name and section
_US_NAME = re.compile(
    r"(?P<name>[A-Z][^;()]*?\bAct(?:\s+of\s+\d{4})?"
    r"|(?:Public\s+Law|Pub\.\s*L\.(?:\s*No\.)?)\s*\d{2,3}-\d{1,4}"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,5}(?=\s+(?:section|sec\.|§)\s*\d))"
    # "… Act of 1934 at 47 U.S.C. § 230", "… Act (USA) 17 U.S. Code § 512"
    r"(?=,|\s+(?:section|sec\.|§)\s*\d|\s+at$|\s+\((?:USA|US|U\.S\.)\)$|$)"
)
# prose before the reference, ending a sentence (and a signal after it): the prose is no title
_PROSE_THEN = re.compile(r"(?:\S+\s+){5,}\S*[.]\s+(?:(?:See(?:\s+also)?|Cf\.)\s+)?$")
_PAREN_DATE = re.compile(r"\((?P<date>[^()]*\d{4})\)")


def _us_reference(text: str) -> dict[str, object] | None:
    """A US register, code or session-law reference: untitled when it opens the citation (or
    follows a sentence of prose), else titled by the Act or Public Law named before it; the
    reporter is the container, the first parenthesised date after it the date."""
    body = text.strip().rstrip(".")
    found = _US_REFERENCE.search(body)
    if found is None:
        return None
    lead = body[: found.start()]
    title: str | None = None
    if lead.strip() and not _PROSE_THEN.search(lead):
        named = _US_NAME.match(lead.strip())
        if named is None:
            return None  # "Exec. Order No. 14,036, 86 Fed. Reg. …": another style's title
        title = " ".join(named["name"].split())
    out: dict[str, object] = {
        "title": title,
        "container": " ".join(found["reporter"].split()),
        "contributors": (),
    }
    for paren in _PAREN_DATE.finditer(body, found.end()):
        if _whole_date(paren["date"]):
            out["issued"] = find_dates(paren["date"])[0].value
            break
    return out


# a platform printed before the title of one of its policy pages is the site that has them
_POLICY_PAGE = re.compile(
    r"(?P<site>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}),\s+"
    r"(?P<title>(?:[A-Z][\w’'-]*\s+){0,3}(?:Policy|Policies|Guidelines|Terms\s+of\s+(?:Service|Use)"
    r"|Community\s+Standards|Rules)(?:,\s+[A-Z][^,()]{2,60})?)\.?$"
)
# a bill by its number, its session's year and the legislature that has it
_BILL = re.compile(
    r"(?P<bill>(?:H|S|A|L)\.?\s?(?:B|F|R)\.?[-\s]?\d{1,5}),\s*(?P<year>(?:19|20)\d\d),\s*"
    r"(?P<body>[A-Z][^,;()]*?\b(?:Legislature|Assembly|General\s+Court|Congress))\.?"
    r"(?=,|\s*$|\s+https?:)"
)
# a Bluebook genre printed first: "Press Release, Issuer, Title (Date)", "Fact Sheet, Title (…)"
_GENRE_FIRST = re.compile(
    r"(?:Press\s+Release|News\s+Release|Fact\s+Sheet|Media\s+Advisory),\s+"
    r"(?P<rest>[^()]+?)\s*\((?P<date>[^()]+)\)"
)


def _genre_first(text: str) -> dict[str, object] | None:
    """``Press Release, U.S. Dep't of Justice, Title (Date)``: the issuer (an organisation
    before a further piece) is the author; the rest up to the date is the title."""
    m = _GENRE_FIRST.match(text.strip())
    if m is None or not _whole_date(m["date"]):
        return None
    rest = " ".join(m["rest"].split()).rstrip(",")
    issuer, _, title = rest.partition(", ")
    out: dict[str, object] = {"issued": find_dates(m["date"])[0].value, "container": None}
    if title and looks_like_organisation(issuer):
        out["contributors"] = (Contributor(literal=issuer),)
        out["title"] = title
    else:
        out["contributors"] = ()
        out["title"] = rest
    return out


# a report by its number: "U.S. Gov't Accountability Office, GAO-14-758, Title (2014)", and a
# designation that names the issuer: "CFPB Bulletin 11-3, Title (2011)"
_NUMBERED_REPORT = re.compile(
    r"(?:(?P<author>[A-Z][^,()]{2,80}),\s+(?P<number>[A-Z]{2,6}-\d{2}-\d{1,4}[A-Z]?)"
    r"|(?P<designation>(?:[A-Z][\w.&’'-]*\s+){1,4}(?:Bulletin|Circular|Memorandum|Directive)"
    r"\s+(?:No\.\s*)?\d[\d-]*)),\s+"
    r"(?P<title>[^()]+?)\s*\((?P<date>[^()]*\d{4})\)"
)


def _numbered_report(text: str) -> dict[str, object] | None:
    m = _NUMBERED_REPORT.match(text.strip())
    if m is None or not _whole_date(m["date"]):
        return None
    author = m["author"]
    return {
        "title": " ".join(m["title"].split()).rstrip(","),
        "contributors": (Contributor(literal=author.strip()),) if author else (),
        "container": None,
        "issued": find_dates(m["date"])[0].value,
    }


_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming"
)
# a city and its state just before a dated parenthesis: the place of a hearing or an event
_US_PLACE = re.compile(
    r",\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+(?:" + _US_STATES + r")\s+\([^()]*\d{4}\)"
)


# towns that print as a place of publication; the place is never recorded. "New York" is
# left out of the bare form: it is also a magazine
_TOWNS = """London Paris Geneva Genève Brussels Bruxelles Washington Oxford Cambridge Boston Chicago
    Berlin Vienna Wien Rome Roma Madrid Amsterdam Delft Leiden Utrecht Rotterdam Munich München
    Frankfurt Hamburg Cologne Köln Zurich Zürich Bern Berne Lausanne Stockholm Copenhagen Oslo
    Helsinki Dublin Edinburgh Glasgow Manchester Toronto Ottawa Montreal Sydney Melbourne
    Canberra Wellington Auckland Delhi Mumbai Beijing Shanghai Tokyo Singapore Nairobi
    Johannesburg Pretoria Cairo Beirut Jerusalem Istanbul Ankara Moscow Warsaw Prague Budapest
    Lisbon Barcelona Milan Florence Turin Bologna Berkeley Princeton Stanford Cheltenham Abingdon
    Basingstoke Dordrecht Heidelberg Cham Bangkok Jakarta Manila Dhaka Islamabad Kabul Baghdad
    Amman Dakar Lagos Abuja Kampala Kigali Bogotá Lima Santiago Strasbourg Luxembourg Uppsala
    Ithaca Baltimore Philadelphia Seattle Minneapolis Leuven Louvain Antwerp Ghent Hanover
    Stuttgart Leipzig Dresden Bonn Basel Lyon Marseille Montpellier Toulouse Bordeaux"""
_PUBLICATION_PLACES = frozenset(_TOWNS.split()) | frozenset(
    [
        "The Hague", "Den Haag", "New Delhi", "Hong Kong", "Cape Town", "Tel Aviv",
        "Addis Ababa", "Buenos Aires", "Mexico City", "São Paulo", "Rio de Janeiro",
        "Kuala Lumpur", "Los Angeles", "San Francisco", "New Haven", "Thousand Oaks",
        "St. Petersburg", "Washington, DC", "Washington DC", "Washington, D.C.",
        "Washington D.C.", "Ann Arbor", "Chapel Hill",
    ]
)  # fmt: skip
_COMMA_YEAR_NEXT = re.compile(r"\s*,?\s*\d{4}\b")  # stricter than _YEAR_NEXT: no "." or "("
_TOWN_THEN_YEAR = re.compile(r"\s*,\s*(?P<town>[A-Z][^,()\d]{1,30}?)\s*,?\s*\(?\d{4}\b")
_DATE_AFTER = re.compile(
    r"\s*,?\s*[(\[]?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\b"
)


def _place_of_publication(
    changes: dict[str, object], source: SourceRecord, text: str, quoted: bool
) -> dict[str, object]:
    """A town read as the outlet: "‘Expert Witness Report …’, Delft, 2017" (no outlet), and
    "Title, Cambridge University Press, Cambridge, 2005" (the publisher, then its town; an
    acronym too after an unquoted title: "Interpretive Guidance …, ICRC, Geneva, 2009")."""
    out: dict[str, object] = {}
    people = changes.get("contributors", source.contributors)
    if isinstance(people, tuple):
        kept = tuple(c for c in people if not _a_place(c.display(), text))
        if kept != people:
            out["contributors"] = kept
    container = changes.get("container", source.container)
    if not isinstance(container, str):
        people = out.get("contributors", people)
        if (
            isinstance(people, tuple)
            and len(people) == 1
            and _DOMAIN_NAME.fullmatch(people[0].display())
        ):
            # "Ethereum.org, "A digital future on a global scale", 2021": a site, not a person
            return {"contributors": (), "container": people[0].display()}
        return out
    name = container.strip(" ,.")
    publisher = changes.get("publisher", source.publisher)
    ends = [m.end() for m in re.finditer(re.escape(name) + r"(?![\w-])", text)]
    if not ends:
        return out
    if name != "New York" and _a_place(name, text):
        return out | {"container": None}
    head, _, last = name.rpartition(" ")
    year_next = _COMMA_YEAR_NEXT.match(text, ends[-1]) is not None
    if head and last in _PUBLICATION_PLACES and year_next:
        return out | {"container": head}  # "…", Der Spiegel Hamburg 2021": the outlet's town
    first, _, rest = name.partition(" ")
    if (
        rest
        and first in _PUBLICATION_PLACES
        and _IMPRINT_NAME.search(rest)
        and not rest.startswith("University")  # "Cambridge University Press" is one name
        and year_next
    ):
        return out | {"container": None, "publisher": rest}  # "Boston SpringerVerlag 1983"
    town = _TOWN_THEN_YEAR.match(text, ends[-1])
    if (
        town is not None
        and town["town"].strip(" .") in _PUBLICATION_PLACES
        and (publisher is None or publisher == town["town"].strip(" ."))
        and (
            has_organisation_word(name)
            or _IMPRINT_NAME.search(name) is not None
            or (not quoted and re.fullmatch(r"[A-Z][A-Z&]{1,9}", name) is not None)
        )
    ):
        return out | {"container": None, "publisher": name}
    return out


# where an edited book's title ends: its volume, its town, its year or a page
_BOOK_TITLE_END = re.compile(
    r"\s+(?=\((?:[^():]{2,40}:|\d{4}\)))|,\s*(?=repr\.|trans\.)"
    r"|,\s*(?=(?:Vol\.|Volume\s|\d{4}\b|pp?\.\s*\d|\d+(?:st|nd|rd|th)\s+ed"
    r"|(?:"
    + "|".join(re.escape(p) for p in sorted(_PUBLICATION_PLACES, key=len, reverse=True))
    + r")\s*[,:;]))"
)


def _editors_work(rest: str, issued: object) -> dict[str, object]:
    """The title after "Editor (ed.)," up to its volume, town or year; a date inside the title
    ("… Geneva Conventions of 12 August 1949, Vol. 4, Geneva, 1958") is not the book's."""
    end = _BOOK_TITLE_END.search(rest)
    title = rest[: end.start()] if end else rest
    out: dict[str, object] = {"title": title}
    if end is None:
        return out
    inside = [d.value for d in find_dates(title)]
    later = [d for d in find_dates(rest[end.end() :]) if d.precision.value == "year"]
    if later and (issued is None or issued in inside):
        out["issued"] = later[0].value  # "…, Cambridge, 2005 (ICRC Customary Law Study)"
    return out


def _name_then_dated_title(
    changes: dict[str, object], source: SourceRecord, text: str
) -> dict[str, object]:
    """ "Ranking Digital Rights, 2020 Ranking Digital Rights Corporate Accountability Index,
    February 2021, URL": a name, then a title that opens with its year (read as one title, or
    as a title and its outlet); the name is the author."""
    title = changes.get("title", source.title)
    container = changes.get("container", source.container)
    people = changes.get("contributors", source.contributors)
    pieces = [" ".join(text[s:e].split()) for s, e in _top_commas(text)[:2]]
    if not isinstance(title, str) or len(pieces) < 2 or not _DATED_TITLE.match(pieces[1]):
        return {}
    name, work = pieces
    if title.strip() not in (name, f"{name}, {work}"):
        return {}
    if isinstance(container, str) and container.strip() not in work:
        return {}
    if not isinstance(people, tuple) or any(c.display() != name for c in people):
        return {}
    if not _name_words(name, 6) or is_legal_title(name) or find_dates(name):
        return {}
    return {"contributors": (Contributor(literal=name),), "title": work, "container": None}


_DATED_TITLE = re.compile(r"^(?:19|20)\d{2}\s+[A-Z]")


_COMPANY_TAIL = re.compile(r",\s*(" + COMPANY_SUFFIX.pattern + r")\s*,?\s*$")


def _company_suffix(
    changes: dict[str, object], source: SourceRecord, text: str
) -> dict[str, object]:
    """ "Epic Games, Inc., “Title,” …": the company's legal form after a comma is part of its
    name, not a second author nor the outlet (IEEE's "[Online]" is no outlet either)."""
    out: dict[str, object] = {}
    people = changes.get("contributors", source.contributors)
    container = changes.get("container", source.container)
    if isinstance(container, str) and container.strip() in ("[Online]", "[online]"):
        out["container"] = container = None
    if not isinstance(people, tuple) or not people:
        return out
    head = _OPENING_QUOTE.search(text)
    lead = text[: head.start()] if head else text
    suffix = _COMPANY_TAIL.search(lead)
    if suffix is None:
        return out
    name = " ".join(lead[: suffix.start()].split())
    if any(w[:1].islower() for w in name.split()) or "," in name or len(name.split()) > 6:
        return out
    merged = Contributor(literal=f"{name}, {suffix[1].rstrip('.')}.")
    out["contributors"] = (merged,)
    if isinstance(container, str) and COMPANY_SUFFIX.fullmatch(container.strip()):
        out["container"] = None
    return out


_INVERTED_HEAD = re.compile(
    r"^(?P<family>[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)?),\s+"
    r"(?P<given>[A-Z][^\W\d_]+(?:\s+[A-Z]\.)?),\s+(?P<rest>[A-Z“\"‘].*)$",
    re.DOTALL,
)


def _inverted_name_then_title(
    changes: dict[str, object], source: SourceRecord, text: str
) -> dict[str, object]:
    """ "Bignami, Francesca, Human Rights Extraterritoriality: … (2018)": one author inverted,
    then an unquoted title (read as the given name for a title and the title for an outlet)."""
    m = _INVERTED_HEAD.match(text.strip())
    title = changes.get("title", source.title)
    if m is None or not isinstance(title, str):
        return {}
    if title.strip(" ,.") != m["given"] and not title.startswith(m["given"] + ","):
        return {}
    if not looks_like_person(f"{m['given']} {m['family']}"):
        return {}
    rest = m["rest"]
    ends = [i for i in (rest.find(" ("), rest.find(", ")) if i > 0]
    work = rest[: min(ends)] if ends else rest.rstrip(" .")
    if re.split(r"[:;/&]", work)[0].strip() in _PUBLICATION_PLACES:
        return {}  # "Bilwet, Bewegingsleer, Amsterdam: Ravijn, 1990": a title, then its imprint
    out: dict[str, object] = {
        "contributors": (Contributor(family=m["family"], given=m["given"]),),
        "title": " ".join(work.split()),
    }
    container = changes.get("container", source.container)
    if isinstance(container, str) and container.strip().startswith(work.strip()[:40]):
        out["container"] = None
    publisher = changes.get("publisher", source.publisher)
    if isinstance(publisher, str) and publisher.strip() in work:
        out["publisher"] = None  # the subtitle after the colon, read as "Place: Publisher"
    return out


_BIB_GIVEN = r"(?:[A-Z][^\W\d_]+(?:-[A-Z]?[^\W\d_]+)?|[A-Z]\.(?:-?[A-Z]\.)*)"
_BIB_FAMILY = r"[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)?"
# MLA and Chicago bibliography: "Noble, Safiya Umoja. Algorithms of Oppression: How Search
# Engines Reinforce Racism. NYU Press, 2018.", "Strengers, Yolande and Jenny Kennedy. The Smart
# Wife: …. MIT Press, 2020.", "Rosner, Daniela K. Critical Fabulations: …"
_BIB_GIVENS = _BIB_GIVEN + r"(?:\s+" + _BIB_GIVEN + r"){0,2}?"
_BIB_PERSON = _BIB_GIVENS + r"\s+" + _BIB_FAMILY
_BIB_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_BIB_PAGES = r"(?:pp?\.\s*)?[\dxivlc]+(?:\s*[-–]\s*\d+)?"  # "p.40", "218", "pp. 655–698"
# a bibliography entry's names: "Boyce, George, James Curran and Pauline Wingate."
_MLA_NAMES = (
    r"(?P<family>" + _BIB_FAMILY + r"),\s+(?P<given>" + _BIB_GIVENS + r")"
    r"(?P<others>(?:,\s+" + _BIB_PERSON + r")*)"
    r"(?:,?\s+and\s+(?P<second>" + _BIB_PERSON + r"))?(?P<et_al>,?\s+et\s+al\.)?"
    r"(?P<editors>\s+\((?i:eds?\.?|editors?)\))?"
)
_BIBLIOGRAPHY_BOOK = re.compile(
    r"^"
    + _MLA_NAMES
    # a title may hold "v." and a quoted name: "Simple Justice: The History of “Brown v. …”"
    + r"(?:(?<=\.)|\.)\s+(?P<title>[^\s.“”\"‘’(](?:[^.“”\"]|(?<=\sv)\.|“[^“”]{1,80}”){2,300}?)\.?"
    r"(?:\s+(?P<publisher>[A-Z](?:[^.,:;“”\"()]|(?<=\b[A-Z])\.){1,60}(?:,\s+Inc\.)?),\s+"
    r"(?P<day>\d{1,2}\s+[A-Z][a-z]+\s+)?" + _BIB_YEAR + r"(?:,\s+(?=p)" + _BIB_PAGES + r")?\.?"
    # "… Centers, 17 May 2005. http://…pdf. Accessed 6 December 2019": the address read apart
    r"(?:\s+(?:https?://|www\.)\S+?\.?(?:\s+Accessed\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?)?)?)?$"
)


def _bibliography_names(m: re.Match[str]) -> tuple[Contributor, ...] | None:
    """The persons of a bibliography entry's names (``_MLA_NAMES``), none for a volume's
    editors (citations-dev's convention), or None when a name is no person's."""
    if not looks_like_person(f"{m['given']} {m['family']}"):
        return None
    people = [Contributor(family=m["family"], given=m["given"])]
    others = [p.strip() for p in m["others"].split(",") if p.strip()]
    for other in [*others, *([m["second"]] if m["second"] else [])]:
        if not looks_like_person(other):
            return None
        people.append(split_person(other))
    return () if m["editors"] else tuple(people)


def _bibliography_book(text: str) -> dict[str, object]:
    """A book in bibliography order, one or two authors, title and imprint each a sentence."""
    m = _BIBLIOGRAPHY_BOOK.match(" ".join(text.split()))
    people = _bibliography_names(m) if m is not None else None
    if m is None or people is None:
        return {}
    out: dict[str, object] = {
        "contributors": people,
        "title": m["title"].strip(),
        "container": None,
    }
    if m["publisher"]:
        out["publisher"] = m["publisher"].strip()
        day = find_dates(f"{m['day']}{m['year']}") if m["day"] else []
        out["issued"] = day[0].value if day else PartialDate(year=int(m["year"]))
    return out


# a quotation the note opens with, then an MLA entry's inverted name: "“Material witnesses …
# truth claims.” Schuppli, Susan. Material Witness: …" (the citation starts at the name)
QUOTATION_THEN_ENTRY = re.compile(
    # the quotation ends a sentence ("….”", "”."), unlike a title's closing quote ("…,”")
    r"^(?:[^“”\"]{0,300}?\s)?[“\"].{10,800}?(?:[.!?][”\"]|[”\"]\.)\s+(?="
    + _BIB_FAMILY
    + r",\s+(?!"
    + _MONTH_START
    + r"[a-z]*\.?\s+\d)"
    + _BIB_GIVENS
    + r"\.\s)",
    re.DOTALL,
)
# an MLA entry whose title lost its italics: "Mulvey, Stephen. The Long Echo of WW2 Trauma. BBC
# News, BBC, 7 June 2019, <bbc.com/…>", "Koselleck, Reinhart, Sean Franzel, and Stefan-Ludwig
# Hoffmann. Sediments of Time: On Possible Histories. Stanford University Press, 2020. Print."
_MLA_ENTRY = re.compile(
    r"(?:^|(?<=[”\"]\s))" + _MLA_NAMES + r"(?:(?<=\.)|\.)\s+"
    r"(?P<title>[^\s.“”\"‘’(](?:[^.“”\"]|(?<=\sv)\.|(?<=\b[A-Z])\.){2,300}?)\.\s+(?P<rest>[A-Z0-9].*)$",
    re.DOTALL,
)
_MLA_BOOK_REST = re.compile(
    r"^(?:" + _PLACE_NAME + r"(?:,\s+[A-Z]\.?[A-Z]\.?)?:\s+)?"
    r"(?P<publisher>[A-Z](?:[^.,:;“”\"()]|(?<=\b[A-Z])\.){1,60}),\s+"
    + _BIB_YEAR
    + r"(?:\.\s+(?:Print|Web)\.?)?(?:[.,]?\s+"
    + _BIB_PAGES
    + r")?\.?\s*$"
)
# "… Evidence. 2020. Print. p.40.": the year alone
_MLA_YEAR_REST = re.compile(
    r"^" + _BIB_YEAR + r"\.(?:\s+(?:Print|Web)\.)?(?:\s+" + _BIB_PAGES + r")?\.?\s*$"
)
_MLA_WEB_REST = re.compile(
    r"^(?P<container>[A-Z][^,.;()]{1,80}?)(?:,\s+[A-Z][^,.;()]{1,80}?)?,\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4})(?:[,.]|\s*$)"
)


def _mla_entry(text: str, *, after_quotation: bool = False) -> dict[str, object]:
    """An MLA entry, names inverted first, its title and then a book's imprint or a web
    page's site and date (a quotation the note opens with is left before it)."""
    m = _MLA_ENTRY.search(" ".join(text.split()))
    people = _bibliography_names(m) if m is not None else None
    if m is None or people is None:
        return {}
    if after_quotation and (m.start() == 0 or any(q in m["title"] for q in '“”"')):
        return {}  # "“Material witnesses enable us ….” Schuppli, Susan. Material Witness: …"
    out: dict[str, object] = {"contributors": people, "title": m["title"].strip()}
    if (book := _MLA_BOOK_REST.match(m["rest"])) is not None:
        out.update(container=None, publisher=book["publisher"].strip())
        out["issued"] = PartialDate(year=int(book["year"]))
        return out
    if (alone := _MLA_YEAR_REST.match(m["rest"])) is not None:
        out.update(container=None, issued=PartialDate(year=int(alone["year"])))
        return out
    if (web := _MLA_WEB_REST.match(m["rest"])) is not None:
        day = find_dates(web["date"].replace(",", ""))
        if day:
            out.update(container=" ".join(web["container"].split()), issued=day[0].value)
            return out
    return {}


_AUTHOR_DATE_SHORT = re.compile(
    r"^(?P<name>[A-Z][\w&.’'-]*(?:(?:,\s+|\s+)(?:[A-Z][\w&.’'-]*|and|&))*?(?:,?\s+et\s+al\.?)?)"
    r"\s+\(?(?P<year>(?:1[89]|20)\d{2})[a-z]?\)?(?:,\s*(?:pp?\.\s*)?\d[\d–-]*)?"
    # "See Baldwin and Mvukiyehe (2015) for an example.": the sentence's own words after it
    r"(?:\s+(?:for|on|and|who|which)\s[a-z][\w\s,’'-]{0,80})?\.?$"
)
_NAME_IN_LIST = re.compile(
    r",\s+(?:and\s+|&\s*)?(?!(?:LLC|Inc|Ltd|LLP|plc|GmbH)\b)|\s+(?:and|&)\s+"
)


_NAME_PAGE = re.compile(
    r"^(?!(?i:section|sections|article|articles|art|chapter|part|figure|fig|table|annex|appendix"
    r"|box|note|notes|paragraph|para|page|pages|volume|vol|no|number|rule|principle|recommendation"
    r"|resolution|decision|regulation|directive|law|act|item|question|step|phase|level|version"
    r"|issue|exhibit|schedule|clause|title|book|lecture|session|day|week|year)\b)"
    r"(?P<name>" + _FAMILY_NAME + r"(?:\s+" + _FAMILY_NAME + r")?)\s+"
    r"(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:[-–]\d{1,4})?\.?$"
)
_ISSUE_ONLY = re.compile(
    r"^(?P<periodical>(?:The\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,5})\s+\d{1,4}\s+"
    r"\((?P<year>(?:1[5-9]|20)\d\d)\)(?=,|\.?$)"
)
# an APA short form, the names inverted: "Maier, A., Daniel, J., Oakes, J., & Lam, O. (2017)."
_APA_SHORT = re.compile(
    r"^(?P<names>[^()]{3,300}?,\s*[A-Z]\.[^()]*?)\s*\((?P<year>\d{4})[a-z]?\)\.?$"
)


def _author_date_short(text: str) -> dict[str, object] | None:
    """An author-date short reference, the whole citation: "GAO 2015", "Smith and Jones 2019,
    p. 4" (not a law's short title, "Data Protection Act 2018"), "Maier, A., & Lam, O. (2017)"."""
    apa = _APA_SHORT.match(text.strip())
    if (
        apa is not None
        and (people := _apa_names(apa["names"]))
        and not any(c.is_organisation for c in people)
    ):
        return {
            "contributors": people,
            "title": None,
            "container": None,
            "issued": PartialDate(int(apa["year"])),
        }
    m = _AUTHOR_DATE_SHORT.match(text.strip())
    if m is None or is_legal_title(m["name"]) or len(m["name"].split()) > 6:
        return None
    names = [n.strip() for n in _NAME_IN_LIST.split(_ET_AL.sub("", m["name"])) if n]
    return {
        "contributors": tuple(Contributor(literal=n) for n in names),
        "title": None,
        "container": None,
        "issued": PartialDate(int(m["year"])),
    }


_ACRONYM_NEXT = re.compile(r"\s*\((?P<acr>[A-Z][A-Z&.]{1,9})\)")


def _acronym_after_name(
    changes: dict[str, object], source: SourceRecord, text: str
) -> dict[str, object]:
    """ "U.S. Government Accountability Office (GAO), …": the acronym printed after an
    organisation's name is part of the name, not dropped nor a second author."""
    people = changes.get("contributors", source.contributors)
    if not isinstance(people, tuple) or not people:
        return {}
    out: list[Contributor] = []
    changed = False
    for person in people:
        name = person.display()
        if (
            person.literal is not None
            and out
            and out[-1].literal
            and name.isupper()
            and f"{out[-1].literal} ({name})" in text  # the acronym read as a second author
        ):
            out[-1] = Contributor(literal=f"{out[-1].literal} ({name})")
            changed = True
            continue
        at = text.find(name)
        acronym = _ACRONYM_NEXT.match(text, at + len(name)) if at >= 0 else None
        if person.literal is not None and acronym is not None:
            out.append(Contributor(literal=f"{name} ({acronym['acr']})"))
            changed = True
            continue
        if out and out[-1].literal and out[-1].literal.endswith(f"({name.strip('() ')})"):
            changed = True  # the acronym already joined to the name before it
            continue
        out.append(person)
    return {"contributors": tuple(out)} if changed else {}


def _a_place(name: str, text: str) -> bool:
    """``name`` is a town printed just before a date ("…, Geneva, 2020, p. 2")."""
    name = name.strip(" ,.")
    return name in _PUBLICATION_PLACES and any(
        _DATE_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name) + r"(?![\w-])", text)
    )


_DOMAIN_NAME = re.compile(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|nl|de|io|info|co|uk)")
_IMPRINT_NAME = re.compile(
    r"(?i)verlag\b|\b(?:press|publish\w*|books|editions?|éditions|edizioni|routledge|springer"
    r"|elgar|wiley|brill|nijhoff|sage|palgrave|macmillan|penguin|random house|bloomsbury"
    r"|polity|verso|hart|kluwer|elsevier|norton|knopf|harpercollins|simon & schuster)\b"
)


def _report_first(text: str, quoted: bool) -> bool:
    """No quoted title, or a law report before it (the quotation is the judge's, in prose)."""
    if not quoted:
        return True
    report = _LAW_REPORT.search(text)
    opening = _OPENING_QUOTE.search(text)
    return report is not None and opening is not None and report.end() < opening.start()


def case_breaks(text: str, start: int, end: int) -> list[int]:
    """Where a span that cites several cases in prose splits: at the last comma before each
    later case's name ("… [2001] 1 AC 277, Lord Steyn noted …, with reference made to Reynolds v
    Times Newspapers Ltd [2001] 2 AC 127"). A parallel report with no case name of its own
    ("[2004] UKHL 22, [2004] 2 AC 457") does not split."""
    reports = list(_LAW_REPORT.finditer(text, start, end))
    cuts: list[int] = []
    for before, report in itertools.pairwise(reports):
        versus = list(_VERSUS.finditer(text, before.end(), report.start()))
        if not versus:
            continue
        comma = text.rfind(", ", before.end(), versus[-1].start())
        if comma != -1 and not text[comma + 2 : versus[-1].start()].count("("):
            cuts.append(comma)
    return cuts


def _case_name(head: str) -> str:
    """The case name at the end of ``head``, prose before it left out: "See remarks of Munby
    J in Kelly v BBC" → "Kelly v BBC", "… for example, Griggs and Others v. Evans …"."""
    versus = _VERSUS.search(head)
    if versus is None:
        return head
    words = head[: versus.start()].split(" ")
    first = len(words)
    depth = 0
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        depth += word.count(")") - word.count("(")
        if depth > 0 or word[:1].isupper() or word[:1] in "(“‘'\"" or word.isdigit():
            first = k
        elif word.lower() in _PARTY_WORDS:
            continue
        else:
            break
    while first < len(words) and words[first].lower() in _PARTY_WORDS:
        first += 1
    party = words[first:]
    if len(party) > 1 and party[0] == "In" and party[1] != "re":
        party = party[1:]  # "In McCartan Turkington Breen v …": prose "In"
    if not party:
        return head
    return " ".join(party).lstrip(" ,:;") + head[versus.start() :]


def _without_edition(value: str, name: str, raw: str) -> str:
    """A book's title or name without the edition, editors and imprint printed after it."""
    if name == "container" and (first := _EDITORS_FIRST.match(value)) is not None:
        value = first["book"]
    cut = _EDITION_TAIL.search(value)
    if cut is not None and cut.start() > 0:
        value = value[: cut.start()]
    imprint = _IMPRINT_TAIL.search(value)
    if imprint is not None and imprint.start() > 0 and _imprint_in(raw, imprint.group(0)):
        value = value[: imprint.start()]
    series = _SERIES_TAIL.search(value) if name == "container" else None
    if series is not None and series.start() > 0:
        value = value[: series.start()]  # "Playful Mapping …. Theory on Demand #21"
    return value.strip(" ,") or value


def _imprint_in(raw: str, imprint: str) -> bool:
    """``imprint`` ("Cambridge: Harvard University Press") is followed by a year in ``raw``:
    a place and publisher, not a title and its subtitle ("Open Sources: Voices from …")."""
    at = raw.find(imprint)
    return at != -1 and (
        _YEAR_NEXT.match(raw, at + len(imprint)) is not None or bool(re.search(r"\d{4}", imprint))
    )


def _is_lead_in(text: str) -> bool:
    """``EU:``, ``See in detail:``, ``Figures from 2013:`` — not ``The Bully Pulpit:``."""
    words = text.rstrip(": ").split()
    if len(words) == 1:
        return words[0].isupper() and len(words[0]) <= 5
    lower = sum(1 for w in words[1:] if w[:1].islower() or w[:1].isdigit())
    return 2 * lower >= len(words) - 1


# a bibliography's names before a quoted title: the first inverted, the others not
# ("Beghin, Nathalie, Carmela Zigona, Gisele Craveiro, Marcelo Tavares. “Title.”")
_INVERTED_FIRST = re.compile(
    r"^(?P<family>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+(?P<given>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?),"
    r"\s+(?P<others>[^“”\"]+?)[.,]?\s*$"
)


_INVERTED_NAME = re.compile(
    r"^(?P<family>[A-Z][\w’'-]+),\s+(?P<given>[A-Z][\w’'.-]*(?:\s+[A-Z]\.)?)$"
)


def _inverted_then_listed(head: str) -> tuple[Contributor, ...] | None:
    if ";" in head:  # "Devereux, Charlie; Wild, Franz; Robinson, Edward:"
        names = [_INVERTED_NAME.match(p.strip(" :,.")) for p in head.split(";")]
        if all(names) and len(names) >= 2:
            return tuple(Contributor(family=n["family"], given=n["given"]) for n in names if n)
        return None
    m = _INVERTED_FIRST.match(head)
    if m is None or not looks_like_person(f"{m['given']} {m['family']}"):
        return None
    others = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m["others"])]
    if not others or not all(looks_like_person(p) for p in others):
        return None
    return (
        Contributor(family=m["family"], given=m["given"]),
        *(split_person(p) for p in others),
    )


def prose_before_name(raw: str) -> int | None:
    """Where the reference starts after a sentence of prose before its author, if it does."""
    for pattern, words in (
        (_PROSE_THEN_NAME, _PROSE_LEAD_WORDS),
        (_PROSE_WITH_COMMAS_THEN_NAME, _PROSE_WITH_COMMAS_WORDS),
    ):
        prose = pattern.match(raw)
        if prose is not None and _is_prose(prose["prose"], words):
            return prose.end()
    return None


_SENTENCE_STOP = re.compile(r"[a-z)]\.\s+(?=[A-Z])")
_PROSE_BY = re.compile(r"\s(?:by|from|in)\s+(?=[A-Z])")


def names_after_prose(pre: str) -> tuple[tuple[Contributor, ...], str] | None:
    """The authors that end a lead of prose before a quoted title, and the prose: "For more
    information about the fees, see Ticketmaster", "… 4,004 respondents. Activate"."""
    cuts = [*_INNER_SIGNAL.finditer(pre), *_SENTENCE_STOP.finditer(pre)]
    by = [*_PROSE_BY.finditer(pre)]
    if by and (not cuts or by[-1].end() > max(m.end() for m in cuts)):
        # "… has already been addressed by Alf Rehn, “Title,” …": the persons the sentence names
        head, tail = pre[: by[-1].start()], pre[by[-1].end() :]
        persons, ok = split_authors(tail)
        if (
            ok
            and persons
            and all(not c.is_organisation for c in persons)
            and _is_prose(_QUOTATION.sub("", head), _PROSE_LEAD_WORDS)
        ):
            return persons, head
    if not cuts:
        return None
    last = max(cuts, key=lambda m: m.end())
    head, tail = pre[: last.start() + 1], pre[last.end() :]
    opened = last.group(0).lstrip().startswith("(")  # "… in 2000 (see Bruce Orwall, “…”"
    words = head.split()
    if opened:
        if len(words) < 3 or not any(w.islower() for w in words[1:]):
            return None
    elif not _is_prose(_QUOTATION.sub("", head), _PROSE_LEAD_WORDS):
        return None
    authors, ok = split_authors(tail)
    return (authors, head) if ok and authors else None


def _is_prose(text: str, min_words: int = 8) -> bool:
    """A sentence of explanation, not a title or a list of names: most words lowercase."""
    words = text.split()
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return len(words) >= min_words and 3 * lower >= 2 * (len(words) - 1)


_INITIALS_RUN = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"
_FAMILY_WORDS_RUN = r"(?:[a-z]{1,4}\s+)*[A-Z][^\s,&]*(?:\s+(?:[a-z]{1,4}\s+)*[A-Z][^\s,&]*)*"
# the first name inverted, the others not (Harvard, Bruegel, many economists): "Juhász, R., N.
# Lane and D. Rodrik", "Pisani-Ferry, J., B. Weder di Mauro and J. Zettelmeyer"
_FIRST_INVERTED = re.compile(
    r"(?P<family>" + _FAMILY_WORDS_RUN + r"),\s+(?P<given>" + _INITIALS_RUN + r"),\s+"
    r"(?P<rest>" + _INITIALS_RUN + r"\s+.+)"
)
_GIVEN_FIRST = re.compile(
    r"(?P<given>" + _INITIALS_RUN + r")\s+(?P<family>" + _FAMILY_WORDS_RUN + r")"
)


def _first_inverted_names(text: str) -> tuple[Contributor, ...] | None:
    m = _FIRST_INVERTED.fullmatch(text)
    if m is None:
        return None
    people = [Contributor(family=m["family"], given=m["given"])]
    for part in re.split(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m["rest"]):
        name = _GIVEN_FIRST.fullmatch(part.strip())
        if name is None:
            return None
        people.append(Contributor(family=name["family"], given=name["given"]))
    return tuple(people)


_BARE_INITIALS_NAME = re.compile(
    r"(?P<family>(?:(?:von|van|de|der|den|da|di|du|le|la)\s+)*[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
    r"\s+(?P<given>[A-Z]{1,3})"
)


def _bare_initials_names(text: str) -> tuple[Contributor, ...] | None:
    """``Brynjolfsson E, Chandar B and Chen R``, ``Davis SJ and von Wachter T`` (the
    Australian Style Manual's names: family name, then initials with no full stops)."""
    parts = [p for p in re.split(r",\s+(?:and\s+)?|\s+(?:and|&)\s+", text.strip()) if p]
    names = [_BARE_INITIALS_NAME.fullmatch(p.strip()) for p in parts]
    if not names or any(n is None or _not_bare_initials(n) for n in names):
        return None
    return tuple(Contributor(family=n["family"], given=n["given"]) for n in names if n)


_PLACE_INITIALS = frozenset({"UK", "US", "USA", "EU", "UN", "NZ", "AI", "IT", "SA", "UAE"})


def _not_bare_initials(m: re.Match[str]) -> bool:
    """ "Co-operatives UK", "Digital Europe EU": a body and its place, not a family name."""
    return m["given"] in _PLACE_INITIALS or has_organisation_word(m["family"])


def _apa_names(text: str) -> tuple[Contributor, ...] | None:
    """``van der Hof, S., Lievens, E., & Liefaard, T.`` or one name (``Council of Europe``)."""
    if (first_inverted := _first_inverted_names(text)) is not None:
        return first_inverted
    if (bare := _bare_initials_names(text)) is not None:
        return bare
    pairs, at = [], 0
    for m in _APA_NAME.finditer(text):
        if m.start() != at:
            break
        pairs.append((m["family"], m["given"]))
        at = m.end()
    whole = pairs and text[at:].strip(" ,&") == ""
    if whole and all(_FAMILY_WORDS.match(f.strip(" ,&")) for f, _ in pairs):
        return tuple(Contributor(family=f.strip(" ,&"), given=g.strip()) for f, g in pairs)
    found, ok = split_authors(text)
    if ok and found:
        return found
    return (Contributor(literal=text),) if looks_like_name_phrase(text) else None


def _apa(text: str, source: SourceRecord) -> dict[str, object] | None:
    """``Authors (2020). Title. Journal, 28(4), 833–859. URL`` (APA and author-date kin)."""
    found = _apa_at(text, source, 0)
    if found is None:
        # prose before the reference, ending in "see": the reference starts after it
        leads = [m.end() for m in _SEE_IN.finditer(text, 0, _SEE_REACH)]
        found = _apa_at(text, source, leads[-1]) if leads else None
    if found is None:
        # a sentence, then the reference: only persons by initials say where it starts
        for end in _SENTENCE_END.finditer(text, 0, _SEE_REACH):
            found = _apa_at(text, source, end.end(), initials_only=True)
            if found is not None:
                break
    return found


_SEE_REACH = 400


def _name_words(text: str, most: int = 8) -> bool:
    """Words of a name, not of prose: each capitalised but for a few small ones."""
    words = text.split()
    return 0 < len(words) <= most and all(w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words)


def _apa_at(
    text: str, source: SourceRecord, start: int, *, initials_only: bool = False
) -> dict[str, object] | None:
    m = _APA.match(text[start:])  # the pattern is anchored at ^
    if m is None:
        return None
    rest_words = m["rest"].split()
    short = len(rest_words) < 3 and m["rest"][:1] not in '“"‘'  # "(2020) ‘Data Trusts’" is whole
    if short or rest_words[0][:1].islower() or is_legal_title(m["authors"]):
        return None  # "Data Security Law (2021), art. 36": a law and its article
    year = m["year"] or m["bare_year"]
    if m["bare_year"] and any(d.start == 0 for d in find_dates(m["rest"])):
        return None  # "Freedom House, Freedom on the Net 2020, October 2020, URL": the title's
    issued = PartialDate(int(year)) if year[0].isdigit() else None  # "(n.d.)": no date
    # the last initial keeps its full stop, which the pattern read after the names:
    # "Collis, C. & Dodds, K. (2008)"
    authors_end = len(m["authors"].rstrip(" ,"))
    full_stop = "." if m.string.startswith(".", authors_end) else ""
    names = strip_name(_APA_NAMES_OK.sub("", m["authors"][:authors_end] + full_stop), " ,.")
    if ":" in names:
        return None  # "UNHCR, Global Trends: Forced Displacement in 2019, Geneva, …": a title
    families = _bare_families(names, _top_commas(names))
    if families is not None:
        # "Lester, Pannick, Herberg, Human Rights Law and Practice (2009), Chapter B, …": the
        # title is before the year, what follows it is a pinpoint
        return {
            "contributors": families[0],
            "title": " ".join(names[families[1] :].split()),
            "issued": issued,
            "container": None,
        }
    if initials_only:
        persons = _apa_names(names) if _APA_NAME.match(names) else None
        if persons is None or any(c.literal for c in persons):
            return None
    authors = _apa_names(names)
    harvard = _MEDIUM.search(m["rest"]) or _HARVARD_AVAILABLE.search(m["rest"])
    if authors is None and harvard and _name_words(names):
        # Harvard's "Salus Coop (2020). TRIEM: … [online] SalusCoop. Available at: …": the
        # shape says the name before the year is the author's, a person's or not
        authors = (Contributor(literal=" ".join(names.split())),) if names else None
    if authors is None:
        return None
    out: dict[str, object] = {"contributors": authors, "issued": issued}
    fuller = [d for d in find_dates(m["rest"]) if issued and d.value.year == issued.year]
    fuller = [d for d in fuller if d.value.month]
    if len(fuller) == 1 and not _ACCESS_BEFORE.search(m["rest"], 0, fuller[0].start):
        out["issued"] = fuller[0].value  # "(2012c). … A/HRC/RES/20/8 (16 July 2012)"
    if source.publisher and source.publisher in m["authors"]:
        out["publisher"] = None  # a name of the list read as a publisher
    rest = m["rest"]
    if rest.lstrip().startswith(("“", '"', "‘", "”", "'")):
        if source.container and source.container in m["authors"]:
            out["container"] = None  # a name of the list read as the outlet
        if issued is not None:
            out.update(_quoted_then_day(rest, issued))
        if out.get("container") and [c.literal for c in authors] == [out["container"]]:
            out["contributors"] = ()  # "Reuters (2025). “Title.” Reuters. …": the outlet
        return out  # a quoted title: the rules read it
    stop = _APA_TITLE_END.search(rest)
    medium = _MEDIUM.search(rest)
    if medium is not None and (stop is None or medium.start() <= stop.start()):
        # "… in the GDPR [online] European Data Protection Law Review, 4(2)": the title ends
        out["title"] = " ".join(rest[: medium.start()].split()).strip(" ,.:")
        after = rest[medium.end() :]
        out["container"] = _journal_or_site(after.lstrip(), _SITE.match(after))
        return out
    title = rest[: stop.start()] if stop else rest
    title = _LISTED_AVAILABLE.sub("", " ".join(title.split()).strip(" ,.:"))
    # "(2013): Report of the Group … (A/68/98), Annex C": the document's number and part
    title = _SYMBOL_PAREN_TAIL.sub("", title)
    site_tail = _SITE_ACCESSED_TAIL.search(title)
    if site_tail is not None:
        # "(2026) Labour force, Australia, July 2026, ABS website, accessed 21 September 2026."
        out["container"] = site_tail["site"]
        title = title[: site_tail.start()]
    genre = _BRACKETED_GENRE_TAIL.search(title)
    if genre is not None:
        # "(2025a) Canaries in the coal mine? … [working paper], Stanford Digital Economy Lab"
        if genre["body"] and _issuing_body_name(genre["body"]):
            out["publisher"] = " ".join(genre["body"].split())
        title = title[: genre.start()]
    imprint = _PAREN_IMPRINT_TAIL.search(title)
    if imprint is not None and title[: imprint.start()].strip():
        # "(2015), The Stack: On Software and Sovereignty (Cambridge, MA: MIT Press), <URL>"
        out["publisher"] = " ".join(imprint["publisher"].split())
        title = title[: imprint.start()]
    out["title"] = title.strip(" ,.:")
    if source.container and any(c.literal == source.container for c in authors):
        out["container"] = None  # "France (2025): Working Paper …": the author read as outlet
    chapter = _COLON_IN_BOOK.search(title)
    if chapter is not None and out.get("container") is None:
        # "(2025): The Origins of …, in: Andrea Salvi … (eds.): A Handbook for …"
        title = title[: chapter.start()]
        out["title"] = title.strip(" ,.:")
        out["container"] = chapter["book"].strip(" ,.:")
    issuer_tail = _issuer_after_title(title.strip(" ,.:"))
    if issuer_tail is not None:
        # "(2013) Local Content Requirements , Peterson Institute for …, available at URL"
        out["title"], out["publisher"] = issuer_tail
    if stop is not None:
        after = _MEDIUM.sub("", rest[stop.end() :])  # "Problems, [online] 63(1), pp.631–652"
        journal = _journal_or_site(after, _SITE.match(after) if medium else None)
        out["container"] = journal or out.get("container")  # "…, ABS website, accessed …"
        issuer = _APA_ISSUER.match(after) if out["container"] is None else None
        if issuer is not None:
            named = " ".join(issuer["body"].split())
            if _issuing_body_name(named):
                out["publisher"] = named  # "Title. World Bank. URL"
            elif is_outlet_name(named) and _name_words(named):
                out["container"] = named  # "Title. The Guardian. URL"
        in_book = _APA_IN_BOOK.match(after) if out["container"] is None else None
        if in_book is not None:
            # "… Title. In Osherenko, G. & Young, O.R. (Eds), Polar Politics: … (pp. 96-151)."
            out["container"] = " ".join(in_book["book"].split())
            imprint = _APA_IMPRINT_END.search(after)
            if imprint is not None:
                out["publisher"] = " ".join(imprint["publisher"].split())
            elif source.publisher == out["container"]:
                out["publisher"] = None
        dated = _APA_OUTLET_DATE.match(after)
        if dated is not None and issued is not None and out["container"] is None:
            # "(2024). Title. Financial Times, October 28. URL": the outlet, then the day
            day = find_dates(f"{dated['date']} {issued.year}")
            if day and day[0].value.year == issued.year:
                out["issued"] = day[0].value
                outlet = " ".join(dated["outlet"].split())
                if (
                    has_organisation_word(outlet)
                    and not is_outlet_name(outlet)
                    and day[0].value.day is None
                ):
                    # "International Institute of …, August": a report's body, its publisher;
                    # an article's site is dated to the day ("The Arctic Institute, June 8")
                    out["publisher"] = outlet
                elif not _GENRE_NOT_OUTLET.match(outlet):
                    out["container"] = outlet
    return out


_SITE_ACCESSED_TAIL = re.compile(r",\s+(?P<site>[A-Z][^,]{1,60}?\s+website)(?:,\s+accessed\b.*)?$")
_BRACKETED_GENRE_TAIL = re.compile(
    r"\s*\[(?i:working\s+paper|speech|report|media\s+release|press\s+release|fact\s+sheet|"
    r"discussion\s+paper|policy\s+brief|video|podcast|dataset)\](?:,\s+(?P<body>[^,]{2,80}))?.*$"
)
_PAREN_IMPRINT_TAIL = re.compile(
    r"\s*\((?:" + _PLACE_NAME + r"(?:,\s+[A-Z]{2})?(?:\s*(?:/|and|&)\s*" + _PLACE_NAME + r")?):\s*"
    r"(?P<publisher>[A-Z][^():]{1,80})\)(?:,.*)?$"
)
_COLON_IN_BOOK = re.compile(
    r",\s+in:\s+[^()]{2,300}?\((?i:eds?|hrsg)\.?\):\s+(?P<book>[^()]{2,300})$"
)
_SYMBOL_PAREN_TAIL = re.compile(
    r"\s*\((?:[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.]*){1,}|[A-Z]{1,4}\s\d{1,5}/\d{2,4})\)"
    r"(?:,\s*(?:Annex|Appendix)\s+[A-Z0-9]{1,5})?\s*$"
)
# a government file's papers as an inquiry cites them: "Minute Reith to COSSEC, 21 March 2003,
# ‘Phase IV Planning – Taking Stock’", "Telegram 501 UKMIS New York to FCO London, …",
# "Paper Iraq Planning Unit, …", "Letter from Straw to Powell, …"
_CORRESPONDENCE_GENRE = (
    r"(?P<genre>Minute|Letter|Telegram(?:\s+\d+)?|Paper|Memo(?:randum)?|E-?mail|Note|"
    r"Manuscript\s+comment|Statement)"
)
CORRESPONDENCE_START = re.compile(r"^" + _CORRESPONDENCE_GENRE + r"\s+(?:from\s+)?[A-Z\[]")
CORRESPONDENCE = re.compile(
    r"^" + _CORRESPONDENCE_GENRE + r"\s+(?:from\s+)?"
    r"(?P<sender>(?:\[[\w\s]{2,30}\]|[A-Z][^,‘’“”\[\]]{0,60}?)(?:\s+\[[A-Z]{2,8}\])?)"
    r"(?:\s+to\s+(?P<to>[A-Z][^,‘’“”]{0,60}?))?,\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"(?:,\s+(?:[‘“](?P<title>.{2,300})[’”]|(?P<untitled>\[untitled\])|(?P<rest>.*)))?\.?\s*$",
    re.DOTALL,
)


def _correspondence(text: str) -> dict[str, object] | None:
    m = CORRESPONDENCE.match(text.strip())
    if m is None:
        return None
    day = find_dates(m["date"])
    if not day or day[0].value.day is None:
        return None
    sender = re.sub(r"\s+\[[A-Z]{2,8}\]$", "", " ".join(m["sender"].split()))
    named = sender.strip("[]")
    if named.lower() in {"unattributed", "unknown"}:
        senders: tuple[Contributor, ...] = ()
    else:
        senders = tuple(Contributor(literal=p) for p in re.split(r"\s+and\s+", named) if p)
    if m["title"] is not None:
        title = " ".join(m["title"].split())
    else:
        # untitled: the item is named by its label ("Letter Manning to Rice", "Statement Blair")
        title = " ".join(text.strip()[: m.start("date")].split()).rstrip(" ,")
    return {
        "contributors": senders,
        "title": title,
        "issued": day[0].value,
        "container": None,
        "publisher": None,
    }


# MLA's court case, the court as author: "United States, Supreme Court. Plessy v. Ferguson.
# Judgment. … 18 May 1896. National Archives, www.ourdocuments.gov/…"
_CASE_ABBREVIATIONS = ("v", "Bd", "Ed", "Co", "No", "Inc", "St")
_CASE_ABBREVIATION_DOT = "|".join(rf"(?<=\b{a})\." for a in _CASE_ABBREVIATIONS)
_MLA_CASE = re.compile(
    r"^(?P<court>[A-Z][\w ]{1,40},\s+(?:Supreme|District|Circuit|High|Constitutional|Appeals)"
    r"\s+Court[\w ]{0,40})\.\s+(?P<case>[A-Z](?:[^.;]|" + _CASE_ABBREVIATION_DOT + r"){2,200}?"
    r"\sv\.\s(?:[^.;]|" + _CASE_ABBREVIATION_DOT + r"){2,200}?)\.\s+"
    r"(?=(?:Opinion|Judgment|Order|Decision|Syllabus)\b|\d{1,2}\s+[A-Z]|[A-Z][\w ]{0,40},\s+"
    r"(?:https?://|www\.))(?P<rest>.*)$",
    re.DOTALL,
)
_SITE_BEFORE_ADDRESS = re.compile(
    r"(?:^|[.;]\s+)(?P<site>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}),\s+(?:https?://|www\.)"
)


def _mla_case(text: str) -> dict[str, object] | None:
    m = _MLA_CASE.match(text.strip())
    if m is None:
        return None
    dates = [d for d in find_dates(m["rest"]) if d.value.day is not None]
    site = _SITE_BEFORE_ADDRESS.search(m["rest"])
    return {
        "contributors": (),
        "title": " ".join(m["case"].split()),
        "publisher": " ".join(m["court"].split()),
        "container": site["site"] if site else None,
        "issued": dates[0].value if dates else None,
    }


_VOLUME_DOT_ISSUE = re.compile(r"\s+\d{1,4}\.\d{1,3}$")
# a report's or preprint's number standing where an outlet would: not a container
_DESIGNATION = re.compile(
    r"(?:arXiv(?:\s+preprint)?(?:\s+arXiv)?:\s?\d{4}\.\d{4,5}(?:v\d+)?"
    r"|(?:[A-Z][\w&.-]*\s+){1,6}(?:Working|Discussion|Policy|Research|Occasional)\s+(?:Paper|Brief)"
    r"(?:\s+Series)?(?:\s+(?:No\.?\s*)?\d[\w./-]*)?"
    r"|(?:[A-Z][\w&.-]*\s+){0,4}(?:Special\s+Publication|Analysis)\s+(?:No\.?\s*)?\d[\w./-]*"
    # a reference manager's genre: "SSRN Scholarly Paper", "GitHub repository"
    r"|(?:SSRN\s+)?Scholarly\s+Paper|GitHub\s+repository"
    r"|[A-Z]{2,6}/[A-Z]{1,4}-[\w-]*\d[\w-]*)"
)
_GENRE_SENTENCE = re.compile(r"(?<=\S)\.\s+(?:Database|Dataset|Data\s+set)\.?$")
_ORDER_NUMBER = re.compile(
    r"(?:Executive\s+Order|Exec\.\s+Order|E\.O\.|Proclamation|Presidential\s+Proclamation)"
    r"\s+(?:No\.\s*)?\d[\d,]*"
)
_ARCHIVES = frozenset({"Internet Archive", "Wayback Machine", "The Wayback Machine"})
_ARCHIVE_AFTER_URL = re.compile(r"\S[.,]\s+(?:The\s+)?(?:Internet\s+Archive|Wayback\s+Machine)\b")
_ISSUE_NO_LEFT = re.compile(r",?\s+(?i:no|nr|issue)\.?$")
# a document, not a periodical, before its number: "Assembly Bill No. 375", "… Paper No. 293"
_NUMBERED_DOCUMENT = re.compile(
    r"\b(?i:bill|paper|document|report|act|law|order|resolution|decision|directive|regulation"
    r"|brief|opinion|decree|circular|notice|standard|series)$"
)
_GLUED_VOLUME = re.compile(r"(?<=[A-Za-z.])\*?\s*\d{1,4}\s*\(\d[\d–-]*\)\s*(?::\s*\S.*)?$")
_SITE_GENRE = r"(?i:web\s?site|web\s?page|home\s?page)"
_GENRE_AFTER_SITE = re.compile(r"^" + _SITE_GENRE + r"$|\s*[(\[]" + _SITE_GENRE + r"[)\]]$")
_OJ_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:\[\d{4}\]\s+)?(?P<oj>OJ(?:\s+\d{4})?\s+[LC]\s?\d{1,4}[A-Z]?)(?:/\d{1,5})?\.?$"
)
_OSCOLA_SITE = re.compile(
    r"[’']\s*\((?P<site>[A-Za-z][^(),]{1,80}),\s*(?P<date>[^()]{0,30}\d{4})\)"
)
_MEDIUM_WORDS = frozenset({"Web", "Print", "Online", "Internet"})
_APA_ISSUER = re.compile(r"\s*(?P<body>[A-Z][^.,:;()?!]{2,80}?)\.?\s*(?:$|(?=https?:|www\.))")


def _issuing_body_name(text: str) -> bool:
    """An organisation's name, not an outlet's or a series': "Peterson Institute for …"."""
    name = " ".join(text.split())
    return (
        _name_words(name, _OWNER_WORDS)
        and has_organisation_word(name)
        and not is_outlet_name(name)
        and not _GENRE_NOT_OUTLET.search(name)
    )


def _issuer_after_title(title: str) -> tuple[str, str] | None:
    """An unquoted author-date title ending in its issuing body after a comma."""
    for mark in (",", "? "):
        head, found, tail = title.rpartition(mark)
        head = head.strip() + ("?" if mark == "? " else "")
        if found and len(head.split()) >= 2 and _issuing_body_name(tail):
            return head, " ".join(tail.split())  # "… – A Good Match? International Centre …"
    return None


_APA_IN_BOOK = re.compile(
    r"\s*In:?\s+[^()]{2,200}?\s*\((?i:eds?|hrsg)\.?\),?\s+(?P<book>[^()]{2,300}?)"
    r"(?=\s*\((?:pp?\.|[Vv]ol)|\.\s|\.?$)"
)
_APA_IMPRINT_END = re.compile(
    r"\.\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}(?:,\s+[A-Z]{2})?:\s+"
    r"(?P<publisher>[A-Z][^.:;()]{1,80}?)\.?\s*$"
)
_APA_OUTLET_DATE = re.compile(
    r"\s*(?P<outlet>[A-Z][^,.()]{1,80}?)\s*,\s+(?P<date>" + _MONTH_START + r"[a-z]*\.?"
    r"(?:\s+\d{1,2})?)\s*(?:\.|$)"
)
# "(2026). “Title.” Nature. February 16. URL": what follows the title, up to its address
_QUOTED_THEN_DAY = re.compile(
    r"^\s*[“\"‘”][^“”\"]{2,400}?[”\"’“][.,]?\s+"
    r"(?:(?P<outlet>[A-Z](?:[^.]|\.(?=\s*\d))(?:[^.]|(?<=No)\.){0,80}?)\.\s+)?"
    r"(?P<date>" + _MONTH_START + r"[a-z]*\.?(?:\s+\d{1,2})?)\s*(?:\.|$|(?=https?:|www\.))"
)
_QUOTED_THEN_DAY_FIRST = re.compile(
    r"^\s*[“\"‘][^“”\"]{2,400}?[”\"’][.,]?\s+(?:(?P<outlet>[A-Z][^‘’“”()]{0,80}?),\s+)?"
    r"(?P<date>\d{1,2}\s+" + _MONTH_START + r"[a-z]*\.?)\s*(?:[,.]|$)"
)
_NOT_AN_OUTLET = re.compile(
    r"(?i:^document\b|^(?:minister|ministry|secretary|president)\b|"
    r"\b(?:report|brief|memo|paper|position|note|study|no\.?\s*\d+)$|^position\b)"
)


def _quoted_then_day(rest: str, issued: PartialDate) -> dict[str, object]:
    """An author-date reference's quoted title, perhaps its outlet, then the month and day
    that complete the year in parentheses: "(2025). “Title.” NRC. December 30. URL"; MHRA's
    "(2026), ‘Title’, Niantic Spatial, Inc., 13 January, <URL>"."""
    m = _QUOTED_THEN_DAY.match(rest) or _QUOTED_THEN_DAY_FIRST.match(rest)
    if m is None:
        return {}
    day = find_dates(f"{m['date']} {issued.year}")
    if not day or day[0].value.year != issued.year or day[0].value.month is None:
        return {}
    outlet = " ".join((m["outlet"] or "").split())
    if outlet and not _NOT_AN_OUTLET.search(outlet) and _name_words(outlet):
        return {"issued": day[0].value, "container": outlet}
    return {"issued": day[0].value, "container": None}  # a genre, a document number or nothing


_GENRE_NOT_OUTLET = re.compile(
    r"(?i:press\s+release|news\s+release|statement|report|blog\s+post|speech|letter)$"
)


def _journal_or_site(after: str, site: re.Match[str] | None) -> str | None:
    """The journal named after an author-date title, else the site a medium introduced."""
    journal = _APA_JOURNAL.match(after)
    name = journal["journal"] or journal["bare"] if journal else site["site"] if site else None
    return " ".join(name.split()) if name else None


_PROSE_THEN_ADDRESS = re.compile(
    r"^(?P<prose>[A-Z][^“”\"()\[\]]{10,300}?)[,:]?\s+(?=https?:|www\.)\S+\s*$"
)
_LISTED_AVAILABLE = re.compile(r"(?i),\s*available\s+(?:at|from|online)\s*:?$")
_POINTING = re.compile(r"(?i)\b(?:see|is|are|at|visit|found|here|available)\s*:?$")


def _prose_before_address(text: str) -> bool:
    m = _PROSE_THEN_ADDRESS.match(text.strip().rstrip("."))
    if m is None:
        return False
    prose = m["prose"].strip()
    if _LISTED_AVAILABLE.search(prose) and not _is_prose(prose, 6):
        return False  # "David G. Lowe 2004, Title, available at: URL": a reference's parts
    return bool(_POINTING.search(prose)) or _is_prose(prose, 6)


_OWNER_WORDS = 12  # "UN Office on Genocide Prevention and the Responsibility to Protect"


def _owner_site(text: str) -> str | None:
    m = _OWNER_THEN_URL.match(text)
    if m is None:
        return None
    name = " ".join(m["name"].split()).rstrip(" ,.")
    after_url = "".join(text[m.end() :].split(None, 1)[1:])  # the address is one word
    if after_url.strip(" .") and not _ACCESS_ONLY.match(after_url.strip()):
        return None  # more after the address: not a site by its owner alone
    owner = has_organisation_word(name) or looks_like_organisation(name) or name.isupper()
    return name if owner and _name_words(name, _OWNER_WORDS) else None


def _orgs_title_paren(text: str) -> dict[str, object]:
    """``OECD and JRC, Handbook on … (OECD Publishing, 2008)``, ``UNHCR, Global Trends (UNHCR,
    2025 to 2026), URL``: organisations, an unquoted title, then its publisher and year."""
    m = _ORGS_TITLE_PAREN.match(text)
    if m is None:
        return {}
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", m["orgs"])]
    if any(looks_like_person(n) for n in names):
        return {}  # "John Smith, Title (Publisher, 2008)": a book, read elsewhere
    out: dict[str, object] = {
        "contributors": tuple(Contributor(literal=n) for n in names if n),
        "title": " ".join(m["title"].split()),
        "issued": PartialDate(int(m["year"])),
        "container": None,
    }
    publisher = " ".join(m["publisher"].split()).rpartition(": ")[2]  # "New York: HRW"
    if publisher not in names:
        out["publisher"] = publisher
    return out


def _mla(text: str) -> dict[str, object] | None:
    """``Doe, John. The Rise of the Machines. Oxford University Press, 2010.`` (MLA)."""
    m = _MLA.match(text)
    if m is None or not looks_like_person(f"{m['given']} {m['family']}"):
        return None
    person = Contributor(family=m["family"], given=m["given"])
    return {"contributors": (person,), "title": " ".join(m["title"].split())}


def _byline(text: str) -> dict[str, object]:
    """Title, then the author's name and a full stop, then the outlet (a web list's style)."""
    text = text.strip().rstrip(".")
    m = _BYLINE.match(text)
    if m is not None and _LABEL_ABBREVIATION.search(m["name"]):
        m = None  # "ICTY, Prosecutor v. Tadić, Case No. IT-94-1-A, …": a label, not a name
    if m is not None and (looks_like_person(m["name"]) or m["name"] == "Anonymous"):
        name = m["name"]
        person = split_person(name) if name != "Anonymous" else Contributor(literal=name)
        out: dict[str, object] = {
            "title": " ".join(m["title"].split()),
            "contributors": (person,),
            "container": None,
        }
        outlet = _top_commas(m["rest"])[0]
        value = m["rest"][outlet[0] : outlet[1]].strip()
        if value and not find_dates(value) and not re.match(r"(?i)retrieved|accessed", value):
            out["container"] = value
        return out | {"publisher": None}
    m = _TITLE_NAME_YEAR.match(text)
    if m is not None and looks_like_person(m["name"]):  # "Title. Richard R. John, 2009"
        return {
            "title": " ".join(m["title"].split()),
            "contributors": (split_person(m["name"]),),
            "issued": PartialDate(int(m["year"])),
            "container": None,
        }
    m = _TITLE_OUTLET_DATE.match(text)
    if m is not None:
        dates = find_dates(m["date"])
        if dates and dates[0].start == 0 and dates[0].precision.value != "year":
            return {"title": " ".join(m["title"].split()), "container": m["outlet"]}
    return {}


def _bluebook(text: str, source: SourceRecord) -> dict[str, object]:
    """Authors, title and container of ``Authors, Title, 23 Rev. Fin. 697 (2019)`` and kin."""
    out: dict[str, object] = {}
    reporter = _REPORTER.search(text) or _UNPAGED.search(text)
    in_book = _IN_BOOK.search(text)
    end: int | None = None
    if reporter is not None:
        out["container"] = reporter["reporter"]
        end = reporter.start()
    elif in_book is not None:
        out["container"] = in_book["book"].strip()
        end = in_book.start()
    elif (volume := _VOLUME.search(text)) is not None and not _BOOK_VOLUME.match(
        text, volume.end()
    ):
        out["container"] = " ".join(volume["journal"].split())
        end = volume.start()
    else:
        return _paren_dated(text)
    if end is None:
        return out
    head = text[:end]
    if " v. " in head or " v " in head:
        signals = list(_INNER_SIGNAL.finditer(head))
        if signals:
            head = head[signals[-1].end() :]
        out["title"] = " ".join(head.split()).strip(" ,")
        if reporter is not None:
            year = int(reporter["year"])
            if source.issued is None or source.issued.year != year:
                out["issued"] = PartialDate(year)
        out["contributors"] = ()
        return out
    persons, at = leading_persons(head)
    if persons:
        out["contributors"] = persons
    if (student := _STUDENT_WORK.match(head, at)) is not None:
        at = student.end()  # "Comment, Title, 114 U. Pa. L. Rev. 395": a designation, no author
        out["contributors"] = persons
    title = " ".join(head[at:].split()).strip(" ,")
    if title:
        out["title"] = title
    return out


# Bluebook's student-written works print their designation in place of (or after) the author
_STUDENT_WORK = re.compile(
    r"\s*(?:Comment|Note|Recent\s+(?:Case|Development|Decision)|Case\s+(?:Note|Comment)"
    r"|Book\s+(?:Note|Review)),\s+(?=[A-Z0-9“‘\"'])"
)
