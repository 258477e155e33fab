"""Fixes found on citations-fresh batch 4 and the misses left from batches 1-3 (real
footnotes, quoted as printed there; sources in benchmarks/data/README.md). Figures on that
set after these fixes are tuned on it."""

from __future__ import annotations

import pytest

from claims.extract import parse_citation, split_footnote
from claims.extract.names import split_authors
from claims.extract.results import CitationFlag, ParsedCitation
from claims.extract.urls import find_urls


def _parse_note(note: str) -> list[ParsedCitation]:
    """A note's citations, each read after the one before, as ``claims extract`` reads them."""
    parsed: list[ParsedCitation] = []
    for start, end in split_footnote(note):
        parsed.append(
            parse_citation(note[start:end], previous=parsed[-1].source if parsed else None)
        )
    return parsed


# --- URLs cut by a PDF's line breaks ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (  # Amherst College Law Review VIII, Walsh note 12: cut inside a %-escape
            "“About LPC,” New York City Landmarks Preservation Committee,\n"
            "https://www.nyc.gov/site/lpc/about/about-lpc.page#:~:text=The%20Landmarks%20"
            "Preservation%20Commission%2\n0is,%2C%20most%20notably%2C%20Pennsylvania%20Station."
            " Accessed February 18, 2024.",
            "https://www.nyc.gov/site/lpc/about/about-lpc.page#:~:text=The%20Landmarks%20"
            "Preservation%20Commission%20is,%2C%20most%20notably%2C%20Pennsylvania%20Station",
        ),
        (  # note 35: cut after the dot of ".pdf"
            "McLaughlin, Nancy, “Enforcing Conservation Easements: The Through Line,” "
            "Georgetown Environmental Law\nReview, 2022,\nhttps://www.law.georgetown.edu/"
            "environmental-law-review/wp-content/uploads/sites/18/2022/11/GT-GELR220023.\npdf.",
            "https://www.law.georgetown.edu/environmental-law-review/wp-content/uploads/sites/"
            "18/2022/11/GT-GELR220023.pdf",
        ),
        (  # note 37: a query's name cut, the next line starting with a capital
            "Wulf, Henry, “Inverse Condemnation and Government Pandemic Response,” Casetext, "
            "May 22, 2020,\nhttps://casetext.com/analysis/inverse-condemnation-and-government-"
            "pandemic-response-1?sort=relevance&results\nNav=false&q=.",
            "https://casetext.com/analysis/inverse-condemnation-and-government-pandemic-"
            "response-1?sort=relevance&resultsNav=false&q=",
        ),
        (  # note 48: cut after an underscore, the next line starting with a capital
            "American Civil Liberties Union, “Explanation …,\nhttps://www.aclu.org/wp-content/"
            "uploads/document/12-Paper_entitled_How_Eminent_Domain_Can_Be_Used_to_\nRestore_the"
            "_Real_Estate_Market.pdf. Accessed March 3, 2024.",
            "https://www.aclu.org/wp-content/uploads/document/12-Paper_entitled_How_Eminent_"
            "Domain_Can_Be_Used_to_Restore_the_Real_Estate_Market.pdf",
        ),
        (  # Good Data (INC), chapter 7 note 9: a space inside a file name
            "Freedom House, 'Freedom on the Net 2017 Report,' 2017, 15, https://freedomhouse.org"
            "/sites/default/files/FOTN 2017_Turkey.pdf.",
            "https://freedomhouse.org/sites/default/files/FOTN2017_Turkey.pdf",
        ),
    ],
)
def test_urls_cut_by_line_breaks_are_mended(text: str, url: str) -> None:
    assert [u.url for u in find_urls(text)] == [url]
    assert parse_citation(text).source.url == url


@pytest.mark.parametrize(
    "text",
    [
        "see https://example.org/a/b\nAccessed February 15, 2024.",
        "https://example.org/a/b\nhttps://example.org/c_d",  # a second address
        "https://example.org/a/b and 2017_Report.pdf",  # a space, then a word first
        "www.example.org\nfoo_bar",  # no path: a host is not cut this way
    ],
)
def test_what_follows_a_url_on_the_next_line_stays_out(text: str) -> None:
    assert find_urls(text)[0].url in ("https://example.org/a/b", "www.example.org")


# --- citations inside prose: possessive authors, prose after the title -----------------------
# 18F, "De-risking custom technology projects" (2019), endnotes 1, 2, 3, 6, 9, 10, 14


def test_a_possessive_names_the_author_of_a_quoted_title() -> None:
    cited = parse_citation(
        "Of the $90 billion in federal IT spending in FY2019, 80% is allocated for maintenance "
        'of legacy software, according to the GAO’s June 2019 report, "Agencies Need to Develop '
        'Modernization Plans for Critical Legacy Systems." They write that inadequately-'
        "maintained legacy software leads to security risks, unmet mission needs, staffing "
        "issues, and increased costs."
    ).source
    assert [a.display() for a in cited.authors] == ["GAO"]
    assert cited.title == "Agencies Need to Develop Modernization Plans for Critical Legacy Systems"
    assert cited.issued is not None
    assert cited.issued.iso() == "2019-06"
    assert cited.container is None  # "They write …" is prose
    cited = parse_citation(
        'For more on DevOps, see the Defense Innovation Board’s "Is Your Development '
        'Environment Holding You Back? A DIB Guide for the Acquisition Community."'
    ).source
    assert [a.display() for a in cited.authors] == ["Defense Innovation Board"]
    cited = parse_citation(
        "Projects valued at $6M or greater, in Europe and the United States, that were "
        "completed satisfactorily, on time, and within budget. From The Standish Group’s "
        '"Haze," based on their CHAOS database.'
    ).source
    assert [a.display() for a in cited.authors] == ["The Standish Group"]
    assert (cited.title, cited.container) == ("Haze", None)


def test_a_report_named_with_a_possessive_and_no_quotes() -> None:
    cited = parse_citation(
        "In The Standish Group’s 2014 CHAOS Report, based on a survey of 25,000 software "
        "projects, they found that software projects that cost more than $10 million succeed "
        "only 8% of the time."
    ).source
    assert [a.display() for a in cited.authors] == ["The Standish Group"]
    assert (cited.title, cited.container) == ("CHAOS Report", None)
    assert cited.issued is not None
    assert cited.issued.iso() == "2014"
    # a plural possessive of one word begins a title: no author (Tow Center note 14)
    cited = parse_citation("Journalists’ Privilege, Kathleen Ann Ruane. CRS, 1/19/11").source
    assert cited.title == "Journalists’ Privilege"


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "The National Association of State Budget Officers’ “2018 State Expenditure "
            "Report” finds that federal grants provide an average of 31.2% of each state’s "
            "budget, climbing by 5.7% in FY2018.",
            None,
        ),
        ('See "18F’s best practices for making distributed teams work" for specifics.', None),
        (
            "For more about the difference between O&M and continuous agile development, read "
            '"Software maintenance is an anti-pattern" on the 18F blog.',
            "18F blog",
        ),
    ],
)
def test_prose_after_a_title_is_not_its_outlet(text: str, container: str | None) -> None:
    assert parse_citation(text).source.container == container


# --- organisations and outlets whose names hold "and", "&" or commas ---------------------------


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (  # Amherst College Law Review VIII, Walsh note 4
            "US Department of Housing and Urban Development, “Eminent Domain.” Accessed "
            "February 15, 2024.",
            ["US Department of Housing and Urban Development"],
        ),
        (  # note 41: a county and its state, not "Virginia Fairfax County"
            "Fairfax County, Virginia, “Communitywide Strategic Housing Plan,” June 2018,\n"
            "https://www.fairfaxcounty.gov/housing/sites/housing/files/assets/documents/"
            "communitywide%20housing%20strateg\nic%20plan/communitywide%20housing%20strategic"
            "%20plan%20final.pdf.",
            ["Fairfax County, Virginia"],
        ),
    ],
)
def test_a_body_named_for_its_remit_is_one_author(text: str, authors: list[str]) -> None:
    assert [a.display() for a in parse_citation(text).source.authors] == authors


def test_two_bodies_joined_by_and_stay_two() -> None:
    from claims.extract.names import split_authors

    found, ok = split_authors("U.S. Department of Justice and Human Rights Watch")
    assert ok
    assert [a.display() for a in found] == [
        "U.S. Department of Justice",
        "Human Rights Watch",
    ]


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (  # Good Data (INC), chapter 17
            "Louise Amoore, 'Data Derivatives: On the Emergence of a Security Risk Calculus for "
            "Our Times', Theory, Culture & Society 28.6 (November 2011): pp. 24--43, DOI: "
            "10.1177/0263276411417430",
            "Theory, Culture & Society",
        ),
        (  # Good Data (INC), chapter 7
            "David Tittensor, 'The Gülen Movement and Surviving in Exile: The Case of Australia',"
            " Politics, Religion & Ideology 19.1 (2018): 123--38, DOI: https://doi.org/10.1080/"
            "21567689.2018.1453272",
            "Politics, Religion & Ideology",
        ),
        (  # Amherst College Law Review VIII, Walsh note 16
            "Siedel, George, “Landmarks Preservation After Penn Central,” Real Property, Probate,"
            " and Trust Journal,\nSummer 1982, https://www.jstor.org/stable/20781603?seq=9.",
            "Real Property, Probate, and Trust Journal",
        ),
    ],
)
def test_an_outlet_listed_with_commas_and_closed_by_and_is_whole(text: str, container: str) -> None:
    assert parse_citation(text).source.container == container


# --- the labeller's features for these styles ------------------------------------------------


def test_labeller_features_mark_possessives_seasons_and_imprints() -> None:
    from claims.extract import labeller

    def marks(text: str) -> dict[str, set[str]]:
        toks = labeller.tokenize(text)
        feats = labeller.features(text, toks, ["O"] * len(toks))
        return {t.text: {f for f in fs if ":" not in f} for t, fs in zip(toks, feats, strict=True)}

    # 18F endnote 2; Amherst College Law Review VIII, Walsh note 16; batch 1 (ACIP) note 50
    assert "possessive" in marks("according to the GAO’s June 2019 report")["’"]
    assert "possessive" not in marks("'Housekeeping', in Collected Poems")["'"]
    assert "month" in marks("Real Property, Probate, and Trust Journal,\nSummer 1982")["Summer"]
    assert "imprint" in marks("Frankfurt am Main: Suhrkamp Verlag. 2009")["Verlag"]


def test_a_year_after_a_full_stop_ends_a_book_note() -> None:
    # Amsterdam Creative Industries Publishing (batch 1), note 50: "Frankfurt am Main:" and a
    # year after the imprint's full stop
    cited = parse_citation(
        "Peter Sloterdijk, Du musst dein Leben ändern: Über Anthropotechnik, Frankfurt am Main: "
        "Suhrkamp Verlag. 2009"
    ).source
    assert cited.issued is not None
    assert cited.issued.iso() == "2009"


def test_two_quoted_reports_joined_by_and_in_a_sentence_are_two() -> None:
    # 18F, "De-risking custom technology projects", endnote 7
    note = (
        "For details, see the U.S. Department of Health & Human Services’ Office of the "
        'Inspector General report about the Healthcare.gov failure, "Case Study of CMS '
        'Management of the Federal Marketplace" and Harvard Business School case study, "The '
        'Spectacular Fall and Fix of HealthCare.gov."'
    )
    spans = [note[s:e] for s, e in split_footnote(note)]
    assert len(spans) == 2
    second = parse_citation(spans[1]).source
    assert [a.display() for a in second.authors] == ["Harvard Business School"]
    assert second.title == "The Spectacular Fall and Fix of HealthCare.gov"


# --- batch 5: US register, code and session-law references; Bluebook genre and numbers -------
# (CFPB, Home Mortgage Disclosure final rule, 80 FR 66128, notes as the Federal Register prints
# them; sources in benchmarks/data/README.md)


def _cites(note: str) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for start, end in split_footnote(note):
        source = parse_citation(note[start:end]).source
        out.append((source.title, source.container, source.issued.iso() if source.issued else None))
    return out


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("See 79 FR 51731, 51734-39 (Aug. 29, 2014).", [(None, "FR", "2014-08-29")]),  # note 3
        (  # note 6: the codification after the date is the same work's
            "54 FR 51356, 51357 (Dec. 15, 1989), codified at 12 CFR 1003.1(b)(1).",
            [(None, "FR", "1989-12-15")],
        ),
        ("12 U.S.C. 3401 et seq.", [(None, "U.S.C.", None)]),  # note 18
        (  # note 53: four references, one per semicolon
            "76 FR 31222 (May 31, 2011); 76 FR 43570 (Jul. 21, 2011); 76 FR 75825 (Dec. 5, 2011);"
            " 76 FR 78465 (Dec. 19, 2011).",
            [
                (None, "FR", "2011-05-31"),
                (None, "FR", "2011-07-21"),
                (None, "FR", "2011-12-05"),
                (None, "FR", "2011-12-19"),
            ],
        ),
        (  # note 4: a short name and section with a parallel code reference, then the rule
            "HMDA section 302(b), 12 U.S.C. 2801(b); see also 12 CFR 1003.1(b)(1)(i)-(ii).",
            [("HMDA", "U.S.C.", None), (None, "CFR", None)],
        ),
        (  # note 7: a Public Law by number, its pages, then prose
            "Public Law 111-203, 124 Stat. 1376, 1980, 2035-38, 2097-101 (2010). Also, in 2010,"
            " the Board conducted public hearings on potential revisions to Regulation C.",
            [("Public Law 111-203", "Stat.", "2010")],
        ),
        (  # note 5: an Act whose name holds commas
            "Financial Institutions Reform, Recovery, and Enforcement Act of 1989, Public Law "
            "101-73, section 1211 (“Fair lending oversight and enforcement” section), 103 Stat. "
            "183, 524-26 (1989).",
            [
                (
                    "Financial Institutions Reform, Recovery, and Enforcement Act of 1989",
                    "Stat.",
                    "1989",
                )
            ],
        ),
    ],
)
def test_us_register_code_and_session_law_references(
    note: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert _cites(note) == expected


def test_a_us_reference_after_a_sentence_of_prose_is_untitled() -> None:
    # notes 55 and 56: the prose before the reference is not its title, nor "The Bureau" an author
    for note, issued in [
        (
            "The Bureau noted in the 2011 Streamlining Proposal that a depository institution "
            "that did not ordinarily originate home purchase loans, but that occasionally "
            "refinanced a home purchase loan to accommodate a customer, would be required to "
            "report under Regulation C. 76 FR 75825, 75828 (Dec. 5, 2011).",
            "2011-12-05",
        ),
        (
            "The Bureau's 2014 HMDA proposal provides a more detailed description of the comments"
            " received. See 79 FR 51731, 51744 (Aug. 29, 2014).",
            "2014-08-29",
        ),
    ]:
        source = parse_citation(note).source
        assert (source.title, source.container, source.contributors) == (None, "FR", ())
        assert source.issued is not None
        assert source.issued.iso() == issued


def test_an_executive_order_keeps_its_own_title() -> None:
    # citations-dev (White House): another style names the work before the register
    source = parse_citation(
        "Exec. Order No. 14,036, 86 Fed. Reg. 36,987 (July 9, 2021), https://www.federalregister"
        ".gov/documents/2021/07/14/2021-15069/promoting-competition-in-the-american-economy"
    ).source
    assert (source.title, source.container) == ("Exec. Order No. 14,036", "Fed. Reg.")


def test_a_press_release_printed_genre_first() -> None:
    # notes 1 and 63: "Press Release, Issuer, Title (Date)"; no issuer printed in the second
    first = parse_citation(
        "Press Release, U.S. Bureau of Consumer Fin. Prot., CFPB Proposes Rule to Improve "
        "Information About Access to Credit in the Mortgage Market (July 24, 2014), available at"
        " http://www.consumerfinance.gov/newsroom/cfpb-proposes-rule-to-improve-information-"
        "about-access-to-credit-in-the-mortgage-market/"
    ).source
    assert [a.display() for a in first.authors] == ["U.S. Bureau of Consumer Fin. Prot."]
    assert first.title == (
        "CFPB Proposes Rule to Improve Information About Access to Credit in the Mortgage Market"
    )
    assert (first.container, first.issued and first.issued.iso()) == (None, "2014-07-24")
    second = parse_citation(
        "Press Release, CFPB Takes Steps to Improve Information About Access to Credit in the "
        "Mortgage Market (Feb. 7, 2014), http://www.consumerfinance.gov/newsroom/cfpb-takes-steps"
        "-to-improve-information-about-access-to-credit-in-the-mortgage-market/"
    ).source
    assert second.authors == ()
    assert second.title == (
        "CFPB Takes Steps to Improve Information About Access to Credit in the Mortgage Market"
    )


def test_a_report_by_its_number_and_a_numbered_bulletin() -> None:
    # notes 21 and 66: the number or designation before the title is neither title nor outlet
    gao = parse_citation(
        "U.S. Gov't Accountability Office, GAO-14-758, Consumer Financial Protection Bureau: "
        "Some Privacy and Security Procedures for Data Collections Should Continue Being "
        "Enhanced (2014), available at http://www.gao.gov/assets/670/666000.pdf"
    ).source
    assert [a.display() for a in gao.authors] == ["U.S. Gov't Accountability Office"]
    assert gao.title is not None
    assert gao.title.startswith("Consumer Financial Protection Bureau:")
    assert (gao.container, gao.issued and gao.issued.iso()) == (None, "2014")
    bulletin = parse_citation(
        "CFPB Bulletin 11-3, CFPB Policy on Ex Parte Presentations in Rulemaking Proceedings "
        "(2011), available at http://files.consumerfinance.gov/f/2011/08/Bulletin_20110819_"
        "ExPartePresentationsRulemakingProceedings.pdf"
    ).source
    assert bulletin.title == "CFPB Policy on Ex Parte Presentations in Rulemaking Proceedings"
    assert (bulletin.container, bulletin.authors) == (None, ())


def test_a_hearing_transcript_and_its_short_forms() -> None:
    # notes 42 and 46: the city and state before the date are where the hearing was held;
    # "[hereinafter …]" names the short form that "supra" cites later
    note = (
        "See, e.g., Transcript of Fed. Reserve Board Public Hearing on Potential Revisions to "
        "the Home Mortgage Disclosure Act, San Francisco, California (Aug. 5, 2010) [hereinafter"
        " San Francisco Hearing], http://www.federalreserve.gov/communitydev/files/full_"
        "transcript_sf_20100805.pdf; Washington Hearing, supra note 39; Atlanta Hearing, supra "
        "note 40."
    )
    spans = split_footnote(note)
    assert len(spans) == 3
    first, *short = (parse_citation(note[a:b]).source for a, b in spans)
    assert first.title == (
        "Transcript of Fed. Reserve Board Public Hearing on Potential Revisions to the Home "
        "Mortgage Disclosure Act"
    )
    assert (first.container, first.authors, first.issued and first.issued.iso()) == (
        None,
        (),
        "2010-08-05",
    )
    assert [(s.title, s.authors) for s in short] == [
        ("Washington Hearing", ()),
        ("Atlanta Hearing", ()),
    ]
    # an author's short form stays an author (citations-dev: "Jenkins, supra note 16")
    assert [a.display() for a in parse_citation("Jenkins, supra note 16").source.authors] == [
        "Jenkins"
    ]


def test_a_bill_by_its_number() -> None:
    # Amherst College Law Review VIII, Walsh (citations-fresh batch 4): the bill's number is its
    # title, the legislature its publisher, the session's year its date
    source = parse_citation("HB-110, 2023, Washington State Legislature.").source
    assert (source.title, source.publisher, source.authors, source.container) == (
        "HB-110",
        "Washington State Legislature",
        (),
        None,
    )
    assert source.issued is not None
    assert source.issued.iso() == "2023"


def test_bare_family_names_before_an_unquoted_title() -> None:
    # the Leveson Inquiry, Annex 4 (citations-fresh batch 3): three family names alone are a
    # list of authors, not "Family, Given"; the title is before the year, a pinpoint after it
    source = parse_citation(
        "Lester, Pannick, Herberg, Human Rights Law and Practice (2009), Chapter B, Section 12, "
        "Section 2.12, footnote 1"
    ).source
    assert [a.display() for a in source.authors] == ["Lester", "Pannick", "Herberg"]
    assert (source.title, source.container) == ("Human Rights Law and Practice", None)
    assert source.issued is not None
    assert source.issued.iso() == "2009"
    # two names stay one inverted name (citations-dev: "Biderman, Stella, …")
    assert len(parse_citation("Smith, John, A History of Things (2004)").source.authors) == 1


def test_a_platform_before_its_policy_page_is_the_site() -> None:
    # citations-dev (GDHRNet, The Power of App Stores, note 12): the platform is where the page
    # is, not its author
    source = parse_citation("Google Play, Developer Policy, Content Restrictions").source
    assert (source.container, source.title, source.authors) == (
        "Google Play",
        "Developer Policy, Content Restrictions",
        (),
    )


# --- citations-fresh batch 6: a USCC research paper as PDF text (Luong, "Two Loops", 2026) ---


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (  # note 16: the typesetter's hyphen inside the host
            "Matt Day and Annie Bang, “Big Tech to Spend $650 Billion This Year as AI Race "
            "Intensifies,” Bloomberg, February 6, 2026. https://www.bloom-\nberg.com/news/"
            "articles/2026-02-06/how-much-is-big-tech-spending-on-ai-computing-a-staggering-"
            "650-billion-in-2026",
            "https://www.bloomberg.com/news/articles/2026-02-06/how-much-is-big-tech-spending-"
            "on-ai-computing-a-staggering-650-billion-in-2026",
        ),
        (  # note 9: inside a file name
            "Leopold Aschenbrenner,\n“Situational Awareness,” Situational Awareness, June 2024. "
            "https://situational-awareness.ai/wp-content/uploads/2024/06/situationalaware-\n"
            "ness.pdf",
            "https://situational-awareness.ai/wp-content/uploads/2024/06/situationalawareness.pdf",
        ),
        (  # note 12: inside a path word
            "Leopold Aschenbrenner, “Situational Awareness,” Situational Awareness, June 2024, "
            "26–28. https://situational-awareness.ai/wp-content/up-\nloads/2024/06/"
            "situationalawareness.pdf",
            "https://situational-awareness.ai/wp-content/uploads/2024/06/situationalawareness.pdf",
        ),
        (  # note 3: the halves make a word addresses are made of
            "China’s State Council, “Opinions …,” Center for Security and Emerging Technology "
            "(translation), August 21, 2025, 1–2. https://cset.georgetown.edu/wp-con-\ntent/"
            "uploads/t0652_AI_plus_opinions_EN.pdf",
            "https://cset.georgetown.edu/wp-content/uploads/t0652_AI_plus_opinions_EN.pdf",
        ),
        (  # note 3: broken after one of a slug's own hyphens, which stays
            "Michael Froman, “China, the United States, and the AI Race,” Council on Foreign "
            "Relations, October 10, 2025. https://www.cfr.org/article/china-\nunited-states-"
            "and-ai-race",
            "https://www.cfr.org/article/china-united-states-and-ai-race",
        ),
        (  # note 1: a digit after the hyphen
            "Kali Hays, “The Best Inventions of 2025: DeepSeek R1,” TIME, October 9, 2025. "
            "https://time.com/collections/best-inventions-\n2025/7318231/vera-c-rubin-"
            "observatory/",
            "https://time.com/collections/best-inventions-2025/7318231/vera-c-rubin-observatory/",
        ),
        (  # note 16: inside the date of the path
            "Vlad Savov, “China’s\nAI Future Looks Like a Long Road to Small Profit,” Bloomberg, "
            "December 3, 2025. https://www.bloomberg.com/news/newsletters/2025-12-\n03/china-s-"
            "ai-future-looks-like-a-long-road-to-small-profit",
            "https://www.bloomberg.com/news/newsletters/2025-12-03/china-s-ai-future-looks-like-"
            "a-long-road-to-small-profit",
        ),
    ],
)
def test_a_pdfs_hyphen_at_a_line_end_in_a_url(text: str, url: str) -> None:
    assert [u.url for u in find_urls(text)] == [url]
    assert parse_citation(text).source.url == url


def test_words_a_pdf_hyphenated_at_a_line_end_are_whole_in_titles_and_outlets() -> None:
    source = parse_citation(  # note 3
        "China’s State Council, “Opinions of the State Council on Deepening the Implementation "
        "of the ‘Artificial Intelli-\ngence+’ Initiative,” Center for Security and Emerging "
        "Technology (translation), August 21, 2025, 1–2."
    ).source
    assert source.title == (
        "Opinions of the State Council on Deepening the Implementation of the ‘Artificial "
        "Intelligence+’ Initiative"
    )
    source = parse_citation(  # note 12
        "Blaise Agüera y Arcas and Peter Norvig, “Artificial General Intelligence Is Already "
        "Here,” Noema Maga-\nzine, October 10, 2023. https://www.noemamag.com/artificial-general-"
        "intelligence-is-already-here/"
    ).source
    assert source.container == "Noema Magazine"
    # a particle "y" inside a family name: two authors, not one name with "and" in it
    assert [a.display() for a in source.authors] == ["Blaise Agüera y Arcas", "Peter Norvig"]


def test_an_outlet_named_like_the_quoted_title_or_as_a_blog() -> None:
    source = parse_citation(  # note 9
        "Leopold Aschenbrenner,\n“Situational Awareness,” Situational Awareness, June 2024. "
        "https://situational-awareness.ai/wp-content/uploads/2024/06/situationalawareness.pdf"
    ).source
    assert (source.title, source.container) == ("Situational Awareness", "Situational Awareness")
    source = parse_citation(  # note 9: a possessive opens the blog's name; it is no issuer
        "Sam Altman, “Three Observations,” Sam Altman’s Personal Blog, February 9, 2025.\n"
        "https://blog.samaltman.com/three-observations"
    ).source
    assert (source.container, source.publisher) == ("Sam Altman’s Personal Blog", None)
    assert [a.display() for a in source.authors] == ["Sam Altman"]


def test_a_body_that_joins_two_remits_with_and_is_one_author() -> None:
    from claims.extract import labeller
    from claims.extract.names import split_authors

    name = "U.S.-China Economic and Security Review Commission"
    assert [a.display() for a in split_authors(name)[0]] == [name]
    # two bodies stay two
    assert len(split_authors("Human Rights Watch and Amnesty International")[0]) == 2
    with labeller.using(None):  # note 4, as the rules read it
        source = parse_citation(
            f"{name}, 2024 Annual Report to Congress, November 2024, 733"
        ).source
    assert ([a.display() for a in source.authors], source.title) == (
        [name],
        "2024 Annual Report to Congress",
    )


# --- citations-fresh batch 7: an Amnesty International report's notes as its website printed
# them (links as an arrow) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "container", "issued"),
    [
        (  # section 1527, note 4: the outlet between the author and the quoted title
            "See Austin Ramzy, New York Times, “‘Show Me That My Father is Alive.’ China Faces "
            "Torrent of Online Pleas,” February 17, 2019 →",
            ["Austin Ramzy"],
            "New York Times",
            "2019-02-17",
        ),
        (  # 1469, note 1: an outlet with a leading "The"
            "Lily Kuo, The Guardian, “Revealed: New Evidence of China’s Mission to Raze the "
            "Mosques of XUAR”, 6 May 2019 →",
            ["Lily Kuo"],
            "The Guardian",
            "2019-05-06",
        ),
        (  # 1469, note 1: a journal's name with a lowercase "in"
            "Rian Thum, Made in China Journal, “The Spatial Cleansing of Xinjiang: Mazar "
            "Desecration in Context”, 24 August 2020 →",
            ["Rian Thum"],
            "Made in China Journal",
            "2020-08-24",
        ),
        (  # 1507, note 19: two words that could be a name, the outlet word first
            "Stephen Gibbs, Daily Mail, “Gang rape, torture and the dreaded red X: Survivor of "
            "China’s modern-day concentration camps reveals the horrors behind the walls – and "
            "the REAL purpose of terrifying people,” 22 May 2021 →",
            ["Stephen Gibbs"],
            "Daily Mail",
            "2021-05-22",
        ),
        (  # 1469, note 2: four authors, an honorific, a think tank with its abbreviation
            "Nathan Ruser, Dr James Leibold, Kelsey Munro and Tilla Hoja, Australian Strategic "
            "Policy Institute (ASPI), “Cultural Erasure: Tracing the Destruction of Uyghur and "
            "Islamic Spaces in Xinjiang,” →",
            ["Nathan Ruser", "James Leibold", "Kelsey Munro", "Tilla Hoja"],
            "Australian Strategic Policy Institute (ASPI)",
            None,
        ),
    ],
)
def test_an_outlet_between_the_authors_and_the_quoted_title(
    text: str, authors: list[str], container: str, issued: str | None
) -> None:
    source = parse_citation(text).source
    assert [a.display() for a in source.authors] == authors
    assert source.container == container
    assert (source.issued.iso() if source.issued else None) == issued


def test_persons_before_a_quoted_title_stay_authors() -> None:
    # citations-dev, Beijing GNU/Linux User Group note 3: three persons, no outlet among them
    source = parse_citation(
        "James Ball, Julian Borger and Glenn Greenwald, “Revealed: How US and UK Spy Agencies "
        "Defeat Internet Privacy and Security,” 6 September 2013, "
        "http://theguardian.com/world/2013/sep/05/nsa-gchq-encryption-codes-security"
    ).source
    assert [a.display() for a in source.authors] == [
        "James Ball",
        "Julian Borger",
        "Glenn Greenwald",
    ]
    assert source.container is None


def test_a_broadcaster_named_first_before_an_unquoted_title() -> None:
    source = parse_citation(  # 1481, note 23
        "Radio Free Asia, Nearly Half of Uyghurs in Xinjiang’s Hotan Targeted For Re-Education "
        "Camps, 9 October 2017 →"
    ).source
    assert (source.container, source.authors) == ("Radio Free Asia", ())
    assert (
        source.title == "Nearly Half of Uyghurs in Xinjiang’s Hotan Targeted For Re-Education Camps"
    )
    # a person whose family name is an outlet word stays the author (batch 3, thesis note 41)
    source = parse_citation(
        "John Press, Rule and Energy: Trends in British Poetry Since the Second World War "
        "(Oxford: Oxford University Press, 1963), p. 47"
    ).source
    assert [a.display() for a in source.authors] == ["John Press"]
    assert source.container is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("UDHR, Article 3", "UDHR"),  # 1480, note 1
        ("ICCPR, Article 9(2) and Article 14(3).", "ICCPR"),  # note 13
        (
            "International Convention for the Protection of All Persons from Enforced "
            "Disappearance, Article 8(1)(b).",
            "International Convention for the Protection of All Persons from Enforced "
            "Disappearance",
        ),
    ],
)
def test_an_instrument_and_its_article(text: str, title: str) -> None:
    source = parse_citation(text).source
    assert (source.title, source.authors, source.container) == (title, (), None)


def test_a_note_of_instruments_by_abbreviation_splits_at_the_semicolon() -> None:
    note = "UDHR, Article 3; ICCPR, Article 9(1)."  # 1480, note 1
    titles = [parse_citation(note[a:b]).source.title for a, b in split_footnote(note)]
    assert titles == ["UDHR", "ICCPR"]


def test_a_un_document_by_its_symbol() -> None:
    source = parse_citation(  # 1480, note 5: the body named first is the author
        "Working Group on Arbitrary Detention, Deliberation No. 9 concerning the definition and "
        "scope of arbitrary deprivation of liberty under customary international law, UN doc. "
        "A/HRC/22/44, 24 December 2012, para. 38"
    ).source
    assert [a.display() for a in source.authors] == ["Working Group on Arbitrary Detention"]
    assert source.title == (
        "Deliberation No. 9 concerning the definition and scope of arbitrary deprivation of "
        "liberty under customary international law"
    )
    assert (source.container, source.issued.iso() if source.issued else None) == (
        None,
        "2012-12-24",
    )
    source = parse_citation(  # note 10: no body named; the year in the designation
        "CERD General Recommendation 36 (2020) on preventing and combating racial profiling by "
        "law enforcement officials, CERD/C/GC/36, §§40, 53."
    ).source
    assert source.title == (
        "CERD General Recommendation 36 (2020) on preventing and combating racial profiling by "
        "law enforcement officials"
    )
    assert (source.authors, source.container) == ((), None)


def test_a_prose_lead_in_ending_in_see_and_a_year_before_a_link_arrow() -> None:
    source = parse_citation(  # 1489, note 1
        "For journalist articles See Gerry Shih, Association Press (AP), “China’s mass "
        "indoctrination camps evoke Cultural Revolution,” 17 May 2018 →"
    ).source
    assert [a.display() for a in source.authors] == ["Gerry Shih"]
    assert source.container == "Association Press (AP)"
    source = parse_citation(  # 1480, note 3: the year after the title, a link arrow after it
        "Amnesty International, “Fair Trial Manual”, 2014 →"
    ).source
    assert (source.title, source.container) == ("Fair Trial Manual", None)
    assert source.issued is not None
    assert source.issued.iso() == "2014"


def test_a_treaty_bodys_views_on_a_communication_are_a_case() -> None:
    source = parse_citation(  # 1480, note 19
        "Human Rights Committee, Edriss El Hassy v. The Libyan Arab Jamahiriya, Communication "
        "No. 1422/2005, para. 6.11"
    ).source
    assert source.title == "Edriss El Hassy v. The Libyan Arab Jamahiriya"
    assert (source.authors, source.container) == ((), None)
    assert source.publisher == "Human Rights Committee"


def test_a_short_forms_previously_cited_mark_is_not_in_its_title() -> None:
    note = (  # 1489, note 1 (its third citation)
        "For journalist articles See Gerry Shih, Association Press (AP), “China’s mass "
        "indoctrination camps evoke Cultural Revolution,” 17 May 2018 →; Alison Killing and "
        "Megha Rajagopalan, BuzzFeed News, What They Saw: Ex-Prisoners Detail The Horrors of "
        "China’s Detention Camps, 27 August 2020 →; See also, The Telegram (previously cited), "
        "para. 14."
    )
    spans = split_footnote(note)
    assert len(spans) == 3
    source = parse_citation(note[spans[2][0] : spans[2][1]]).source
    assert (source.title, source.container) == ("The Telegram", None)


def test_a_long_quotation_never_closed_ends_at_a_semicolon_before_the_next_citation() -> None:
    note = (  # 1481, note 20: the first title's closing quote is missing in print
        "Ivan Watson and Ben Westcott, “Watched, judged, detained: Leaked Chinese government "
        "records reveal detailed surveillance reports on Uyghurs families and Beijing’s "
        "justification for mass detentions. →; Isobel Yeung and Nicole Bozorgmir, Vice News, "
        "“China Targets Muslims for ‘Re-Education’ Camps – and Spies on Their families: The vast "
        "majority of people were interned for mundane behavior like wearing a hijab, having "
        "“thick beards,” visiting a foreign website or applying for a passport,” 17 February 2020"
        " →; Maya Wang, Human Rights Watch, “More Evidence of China’s Horrific Abuses in "
        "Xinjiang,” 20 February 2020 →"
    )
    spans = split_footnote(note)
    assert [note[a:b].split(",", maxsplit=1)[0] for a, b in spans] == [
        "Ivan Watson and Ben Westcott",
        "Isobel Yeung and Nicole Bozorgmir",
        "Maya Wang",
    ]
    last = parse_citation(note[spans[2][0] : spans[2][1]]).source
    assert (last.title, last.container) == (
        "More Evidence of China’s Horrific Abuses in Xinjiang",
        "Human Rights Watch",
    )
    # a semicolon inside a closed quoted title is no separator
    titled = "Jane Roe, “Rights; or, the Long Way Round,” Vice News, 3 May 2020"
    assert len(split_footnote(titled)) == 1


# --- citations-fresh batch 8: the Internet Freedom Foundation's knowledge base (HDMP notes) ----


def test_inverted_names_joined_by_and_are_each_a_person() -> None:
    note = (  # note 18 (its link is broken in print; the names are what matters here)
        "Malhotra, Shefali and Garg, Rohin and R, Shivangi. “Analysing the NDHM Health Data "
        "Management Policy (June 11, 2021).” _SSRN. _Retrieved on 4 July, 2022."
    )
    source = parse_citation(note).source
    assert [(a.family, a.given) for a in source.authors] == [
        ("Malhotra", "Shefali"),
        ("Garg", "Rohin"),
        ("R", "Shivangi"),
    ]
    # only the first inverted: "Family, Given and Given Family"
    mixed = parse_citation("Biderman, Stella and John Smith. “A Title.” Outlet, 2020.").source
    assert [(a.family, a.given) for a in mixed.authors] == [
        ("Biderman", "Stella"),
        ("Smith", "John"),
    ]
    # a list in natural order and two bodies are read as before
    natural = parse_citation("Paul McKenzie, Gordon Milner and Wei Zhang, “A Title,” Outlet, 2020.")
    assert [a.family for a in natural.source.authors] == ["McKenzie", "Milner", "Zhang"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # note 9: the journal, then volume(issue): article number, no comma before it
            "Sharma et al (2016). Quality of Health Management Information System for Maternal & "
            "Child Health Care in Haryana State, India. PLoS ONE 11(2): e0148449, pp. 7-10.",
            (
                "Quality of Health Management Information System for Maternal & Child Health "
                "Care in Haryana State, India",
                "PLoS ONE",
                2016,
            ),
        ),
        (  # note 14, after its explanatory sentence and a "See," with its comma
            "Data masking or controlled access provides a means for patients to control "
            "disclosure of select information in EHRs. See, McGuire, A. et al. (2008). "
            "Confidentiality, Privacy, and Security of Genetic and Genomic Test Information in "
            "Electronic Health Records: Points to Consider. Genet Med 10, pp. 495–499.",
            (
                "Confidentiality, Privacy, and Security of Genetic and Genomic Test Information "
                "in Electronic Health Records: Points to Consider",
                "Genet Med",
                2008,
            ),
        ),
    ],
)
def test_an_author_date_journal_note_without_a_comma_before_the_volume(
    text: str, expected: tuple[str, str, int]
) -> None:
    source = parse_citation(text).source
    assert source.issued is not None
    assert (source.title, source.container, source.issued.year) == expected
    assert len(source.authors) == 1


def test_a_see_with_its_comma_is_a_signal() -> None:
    source = parse_citation(
        "See, McGuire, A. (2008). Points to Consider. Genet Med 10, pp. 495–499."
    ).source
    assert [(a.family, a.given) for a in source.authors] == [("McGuire", "A.")]


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (  # note 23: a judgment's printed heading, then the court
            "“REPORTABLE IN THE SUPREME COURT OF INDIA CIVIL ORIGINAL JURISDICTION WRIT PETITION "
            "(CIVIL) NO. 494 OF 2012 JUSTICE KS PUTTASWAMY.” _Supreme Court of India. _Retrieved "
            "on 4 July, 2022.",
            "Supreme Court of India",
        ),
        (  # note 32: an order
            "“Dr. Satendra Singh versus Union of India & Ors. Order Dated 03.09.2020.” _High Court "
            "of Delhi. _Retrieved on 4 July, 2022.",
            "High Court of Delhi",
        ),
    ],
)
def test_a_court_after_a_quoted_judgment_is_its_publisher(text: str, court: str) -> None:
    source = parse_citation(text).source
    assert (source.container, source.publisher) == (None, court)


# --- batch 9 (UVA Law working paper, Bluebook notes as PDF text) ----------------------------


@pytest.mark.parametrize(
    ("text", "day", "outlet"),
    [
        (  # Arbel & Gilbert, Truth Bounties, note 22: a blog post dated with its time of day
            "Robin Hanson, News Accuracy Bonds, OVERCOMING\nBIAS (Sep. 9, 2018, 12:30 PM), "
            "https://www.overcomingbias.com/2018/09/news-accuracy-\nbonds.html",
            (2018, 9, 9),
            "OVERCOMING BIAS",
        ),
        (  # note 70
            "Alexander Smith, China Slams New WHO Report Suggesting Further\nInvestigation Into "
            "Covid ‘Lab Leak’ Theory, NBC NEWS (June 10, 2022, 12:38 PM),\n"
            "https://www.nbcnews.com/news/world/covid-19-urges-investigation-chinese-wuhan-lab-leak-"
            "\ntheory-rcna32910",
            (2022, 6, 10),
            "NBC NEWS",
        ),
    ],
)
def test_a_time_of_day_in_a_dated_parenthesis_is_no_outlet(
    text: str, day: tuple[int, int, int], outlet: str
) -> None:
    source = parse_citation(text).source
    assert source.issued is not None
    assert (source.issued.year, source.issued.month, source.issued.day) == day
    assert " ".join((source.container or "").split()) == outlet
    assert source.publisher in (None, outlet)
    assert "PM" not in str(source.extra)


# --- a sentence of prose before the reference's author (batch 9, Bluebook notes) --------------


@pytest.mark.parametrize(
    ("text", "family", "title", "outlet"),
    [
        (  # UVA Law, Truth Bounties, note 80
            "People may knowingly share false reports for a variety of reasons. Scott Alexander,"
            " The\nToxoplasma of Rage, SLATE STAR CODEX (Dec. 17, 2014),\n"
            "https://slatestarcodex.com/2014/12/17/the-toxoplasma-of-rage/.",
            "Alexander",
            "The Toxoplasma of Rage",
            "SLATE STAR CODEX",
        ),
        (  # note 65, its second citation
            "Note that the BBC does not have an unblemished record. Mike\nThomson, A Very British"
            " Coup, BBC (Aug. 22, 2005),\n"
            "https://www.bbc.co.uk/radio4/history/document/document_20050822.shtml",
            "Thomson",
            "A Very British Coup",
            "BBC",
        ),
    ],
)
def test_a_sentence_of_prose_before_the_author_is_no_title(
    text: str, family: str, title: str, outlet: str
) -> None:
    source = parse_citation(text).source
    assert [c.family for c in source.contributors] == [family]
    assert " ".join((source.title or "").split()) == title
    assert source.container == outlet


def test_a_reference_before_a_name_keeps_its_author() -> None:
    # "Family, Given. Title. Publisher, year": the commas say it is no sentence of prose
    source = parse_citation(
        "Doe, John. The rise of the machines in the modern office. Oxford University Press, 2010."
    ).source
    assert [c.family for c in source.contributors] == ["Doe"]
    assert source.title == "The rise of the machines in the modern office"


def test_a_journal_article_not_yet_paged_has_its_journal() -> None:
    # UVA Law, Truth Bounties, note 17: "136 HARV. L. REV. (2022)", no first page yet
    source = parse_citation(
        "Evelyn Douek,\nContent Moderation as Administration, 136 HARV. L. REV. (2022)"
    ).source
    assert source.title == "Content Moderation as Administration"
    assert source.container == "HARV. L. REV."
    assert source.issued is not None
    assert source.issued.year == 2022
    assert [c.family for c in source.contributors] == ["Douek"]


@pytest.mark.parametrize(
    ("text", "title", "outlet"),
    [
        (  # UVA Law, Truth Bounties, note 17: a quotation opens the unquoted title
            "David Pozen, “Truth Drives Out Lies” and Other Misinformation, KNIGHT\n"
            "FIRST AMEND. INST. AT COLUM. UNIV. (Feb. 9, 2022)",
            "“Truth Drives Out Lies” and Other Misinformation",
            "KNIGHT FIRST AMEND. INST. AT COLUM. UNIV.",
        ),
        (  # note 70: a quotation in the middle of it
            "Alexander Smith, China Slams New WHO Report Suggesting Further\n"
            "Investigation Into Covid ‘Lab Leak’ Theory, NBC NEWS (June 10, 2022, 12:38 PM),\n"
            "https://www.nbcnews.com/news/world/covid-19-urges-investigation-chinese-wuhan-lab-leak-\n"
            "theory-rcna32910",
            "China Slams New WHO Report Suggesting Further Investigation Into Covid ‘Lab Leak’"
            " Theory",
            "NBC NEWS",
        ),
    ],
)
def test_a_quotation_inside_an_unquoted_title_is_no_title_of_its_own(
    text: str, title: str, outlet: str
) -> None:
    source = parse_citation(text).source
    assert " ".join((source.title or "").split()) == title
    assert " ".join((source.container or "").split()) == outlet
    assert len(source.contributors) == 1


@pytest.mark.parametrize(
    ("text", "title", "outlet"),
    [
        (
            "“Snowden Documents Reveal Covert Surveillance” The Intercept, 18 February 2014",
            "Snowden Documents Reveal Covert Surveillance",
            "The Intercept",
        ),
        (
            "“China’s ‘Networked Authoritarianism’” Journal of Democracy, 2011",
            "China’s ‘Networked Authoritarianism’",
            "Journal of Democracy",
        ),
    ],
)
def test_a_quoted_title_before_an_outlet_with_no_comma_stays_quoted(
    text: str, title: str, outlet: str
) -> None:
    # a capitalised word after the closing quote is the outlet's, not more of the title
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, outlet)


def test_an_outlet_in_small_capitals_keeps_its_abbreviated_words() -> None:
    # note 65: "UNIV. JACOB BURNS INST." is one name, not "Outlet. Title"
    source = parse_citation(
        "Brett Frischmann, Understanding the Role of the BBC as a Provider of Public\n"
        "Infrastructure, YESHIVA UNIV. JACOB BURNS INST. FOR ADVANCED LEGAL STUD. (Jan. 11, 2017),"
        "\navailable at https://papers.ssrn.com/sol3/papers.cfm?abstract_id=2897777"
    ).source
    assert " ".join((source.container or "").split()) == (
        "YESHIVA UNIV. JACOB BURNS INST. FOR ADVANCED LEGAL STUD."
    )
    assert (source.title or "").startswith("Understanding the Role")


def test_an_unquoted_title_listing_with_commas_and_and_is_one_title() -> None:
    # UVA Law, Truth Bounties, note 8: the title's own commas, closed by ", and the …"
    source = parse_citation(
        "Marshall W. Van Alstyne, Free Speech, Platforms, and the Fake News Problem,\n"
        "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3997980"
    ).source
    assert " ".join((source.title or "").split()) == (
        "Free Speech, Platforms, and the Fake News Problem"
    )
    assert source.container is None
    assert [c.family for c in source.contributors] == ["Van Alstyne"]


# Ada Lovelace Institute, Exploring legal mechanisms for data stewardship (2021): Harvard
# ("Cite Them Right") notes, batch 10 of citations-fresh
@pytest.mark.parametrize(
    ("text", "families", "title", "site", "year"),
    [
        (  # note 9: "[online] Site. Available at:"
            "McFarlane, B. (2019). Data Trusts and Defining Property. [online] Oxford Law "
            "Faculty. Available at: www.law.ox.ac.uk/research-andsubject- groups/property-law/"
            "blog/2019/10/data-trusts-and-defining-property [Accessed 18 Feb. 2021].",
            ["McFarlane"],
            "Data Trusts and Defining Property",
            "Oxford Law Faculty",
            2019,
        ),
        (  # note 12: an organisation, no date, a site named by its domain
            "See Co-operatives UK (n.d.). Understanding co‑ops. [online] uk.coop. Available at: "
            "www.uk.coop/understanding-co-ops [Accessed 18 Feb. 2021].",
            [],
            "Understanding co‑ops",
            "uk.coop",
            None,
        ),
        (  # note 16: "[online]." and no site
            "See Co-operatives UK (2021), Understanding co‑ops. [online]. Available at: "
            "www.uk.coop/about/what-co-operative [Accessed 18 Feb. 2021].",
            [],
            "Understanding co‑ops",
            None,
            2021,
        ),
        (  # note 5: a journal with "[online]" before its volume
            "Chambers, R. (2010). Distrust: Our Fear of Trusts in the Commercial World. Current "
            "Legal Problems, [online] 63(1), pp.631–652. Available at: https://academic.oup.com/"
            "clp/article-abstract/63/1/631/379107 [Accessed 18 Feb. 2021].",
            ["Chambers"],
            "Distrust: Our Fear of Trusts in the Commercial World",
            "Current Legal Problems",
            2010,
        ),
        (  # note 7: names joined by "and", "[online]" closing the title with no full stop
            "Jasmontaite, L., Kamara, I., Zanfir-Fortuna, G. and Leucci, S. (2018). Data "
            "Protection by Design and by Default: Framing Guiding Principles into Legal "
            "Obligations in the GDPR [online] European Data Protection Law Review, 4(2), "
            "pp.168–189. Available at: https://doi.org/10.21552/edpl/2018/2/7. [Accessed 18 Feb. "
            "2021].",
            ["Jasmontaite", "Kamara", "Zanfir-Fortuna", "Leucci"],
            "Data Protection by Design and by Default: Framing Guiding Principles into Legal "
            "Obligations in the GDPR",
            "European Data Protection Law Review",
            2018,
        ),
    ],
)
def test_a_harvard_reference_with_its_medium_in_brackets(
    text: str, families: list[str], title: str, site: str | None, year: int | None
) -> None:
    source = parse_citation(text).source
    if families:
        assert [c.family for c in source.contributors] == families
    else:
        assert [c.literal for c in source.contributors] == ["Co-operatives UK"]
    assert source.title == title
    assert source.container == site
    assert (source.issued.year if source.issued else None) == year
    assert source.accessed is not None
    assert source.accessed.isoformat() == "2021-02-18"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (  # note 27: "For more information see:" before an organisation
            "For more information see: Nesta (n.d.). The Good Data. [online] Nesta. Available at: "
            "www.nesta.org.uk/feature/me-my-data-and-i/thegood- data/ [Accessed 18 Feb. 2021].",
            "Nesta",
            "The Good Data",
        ),
        (  # note 21: "More information available at:"
            "More information available at: Salus Coop (2020). TRIEM: Let’s choose a better "
            "future for our data. [online] SalusCoop. Available at: www.saluscoop.org/proyectos/"
            "triem [Accessed 18 Feb. 2021].",
            "Salus Coop",
            "TRIEM: Let’s choose a better future for our data",
        ),
        (  # note 32: a sentence of prose, then a person by initials
            "The ‘Five Safes’ comprise: safe projects, safe people, safe data, safe settings and "
            "safe outputs. Ritchie, F. (2017). The “Five Safes”: a framework for planning, "
            "designing and evaluating data access solutions. [online] Zenodo. Available at: "
            "https://zenodo.org/ record/897821 [Accessed 18 Feb. 2021].",
            "F. Ritchie",
            "The “Five Safes”: a framework for planning, designing and evaluating data access"
            " solutions",
        ),
    ],
)
def test_prose_before_an_author_date_reference_is_no_part_of_it(
    text: str, author: str, title: str
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (  # note 13: a space after the address's own hyphen (a scrape's, not a line end)
            "International Cooperative Alliance (2019a). Facts and figures. [online] ica.coop. "
            "Available at: www.ica.coop/en/cooperatives/factsand- figures [Accessed 18 Feb. 2021]",
            "www.ica.coop/en/cooperatives/factsand-figures",
        ),
        (  # note 20: "/ @handle"
            "Grossman, R. (2018). A Proposed End-To-End Principle for Data Commons. [online] "
            "Medium. Available at: https://medium.com/ @rgrossman1/a-proposed-end-to-end-"
            "principle-for-data-commons-5872f2fa8a47 [Accessed 18 Feb. 2021]",
            "https://medium.com/@rgrossman1/a-proposed-end-to-end-principle-for-data-commons-"
            "5872f2fa8a47",
        ),
        (  # note 25: a dot, a space, then a file name
            "Start.Coop (2019), Cohort report 2019. [online] Available at: https://start.coop/"
            "wp-content/uploads/2019/12/Start. coop_2019Report.pdf [Accessed 18 Feb. 2021]",
            "https://start.coop/wp-content/uploads/2019/12/Start.coop_2019Report.pdf",
        ),
        (  # note 33: a capital after the hyphen
            "Health Data Research UK (2020). Digital Innovation Hub Programme Prospectus "
            "Appendix: Principles For Participation. [online]. Available at: www.hdruk.ac.uk/"
            "wp-content/uploads/2019/07/Digital-Innovation-Hub- Programme-Prospectus-Appendix-"
            "Principles-for-Participation.pdf [Accessed 18 Feb. 2021]",
            "www.hdruk.ac.uk/wp-content/uploads/2019/07/Digital-Innovation-Hub-Programme-"
            "Prospectus-Appendix-Principles-for-Participation.pdf",
        ),
        (  # note 10: "+- +from"
            "Data Trusts Initiative (2020b). Data Trusts: from theory to practice, working paper "
            "1 [online] Data Trusts Initiative. Available at: https://static1.squarespace.com/ "
            "static/5e3b09f0b754a35dcb4111ce/t/5fdb21f9537b3a6ff2315429/1608196603713/Working+"
            "Paper+1+-+data+trusts+- +from+theory+to+practice.pdf [Accessed 18 Feb. 2021]",
            "https://static1.squarespace.com/static/5e3b09f0b754a35dcb4111ce/t/"
            "5fdb21f9537b3a6ff2315429/1608196603713/Working+Paper+1+-+data+trusts+-+from+theory"
            "+to+practice.pdf",
        ),
    ],
)
def test_an_address_cut_by_a_space_is_joined_as_printed(text: str, url: str) -> None:
    assert parse_citation(text).source.url == url


def test_a_hyphen_at_a_line_end_inside_a_word_of_an_address_is_still_dropped() -> None:
    # batch 6 (USCC, PDF text): the typesetter's hyphen before a line break goes
    url = parse_citation(
        "Bloomberg, “Title of the piece,” March 3, 2026, https://www.bloom-\nberg.com/news/a"
    ).source.url
    assert url == "https://www.bloomberg.com/news/a"


def test_a_sentence_of_prose_ending_in_see_after_a_citation_starts_the_next() -> None:
    # Ada Lovelace Institute, note 11: two sentences, each with its own "see"
    note = (
        "For a more detailed discussion on caveats and shortcomings see O’hara, K. (2020) ‘Data "
        "Trusts’. For further discussion regarding the development of data trusts see: Data "
        "Trusts Initiative (2020) Data Trusts: from theory to practice, working paper 1."
    )
    cites = [parse_citation(note[s:e]).source for s, e in split_footnote(note)]
    assert [c.title for c in cites] == [
        "Data Trusts",
        "Data Trusts: from theory to practice, working paper 1",
    ]
    assert [[a.display() for a in c.contributors] for c in cites] == [
        ["K. O’hara"],
        ["Data Trusts Initiative"],
    ]


def test_and_after_an_address_before_an_author_date_reference_starts_the_next() -> None:
    # note 14: a bare address, "and", then "Organisation (2017) Title"
    note = (
        "More information available at: www.ica.coop/en/cooperatives/cooperative-identity and "
        "International Cooperative Alliance (2017) The Guidance Notes on the Cooperative "
        "Principles. Available at: www.ica.coop/en/media/library/research-and-reviews/"
        "guidancenotes- cooperative-principles [Accessed 18 Feb. 2021]."
    )
    cites = [parse_citation(note[s:e]).source for s, e in split_footnote(note)]
    assert [c.url for c in cites] == [
        "www.ica.coop/en/cooperatives/cooperative-identity",
        "www.ica.coop/en/media/library/research-and-reviews/guidancenotes-cooperative-principles",
    ]
    assert cites[1].title == "The Guidance Notes on the Cooperative Principles"
    assert [a.display() for a in cites[1].contributors] == ["International Cooperative Alliance"]


def test_the_part_cited_before_a_harvard_reference_is_not_its_author() -> None:
    # note 3: "‘Annex 2: …’ in Manohar, S., Kapoor, A. and Ramesh, A. (2020). Title. …"
    source = parse_citation(
        "‘Annex 2: Graphical Representation’ in Manohar, S., Kapoor, A. and Ramesh, A. (2020). "
        "Data Stewardship – A Taxonomy. [online] The Data Economy Lab. Available at: "
        "https://thedataeconomylab.com/2020/06/24/data-stewardship-a-taxonomy/ [Accessed 18 Feb. "
        "2021]"
    ).source
    assert [c.family for c in source.contributors] == ["Manohar", "Kapoor", "Ramesh"]
    assert source.title == "Data Stewardship – A Taxonomy"
    assert source.container == "The Data Economy Lab"


def test_prose_ending_in_a_family_name_and_initial_is_no_author() -> None:
    # the prose before "see" is not one long family name
    source = parse_citation(
        "For a more detailed discussion on caveats and shortcomings see O’hara, K. (2020). "
        "Data Trusts. [online] Medium. Available at: https://medium.com/x/data-trusts"
    ).source
    assert [c.family for c in source.contributors] == ["O’hara"]


def test_a_citation_ending_at_its_year_then_prose_then_the_next_splits() -> None:
    # UVA Law, Truth Bounties, note 3: "… 232-33 (2020). Similarly, … . Yochai Benkler et al., …"
    note = (
        "Brendan Nyhan argues that concerns with fake news reflect a “moral panic,” with little "
        "systematic\nevidence “to demonstrate that the prevalence of misperceptions today (while "
        "worrisome) is worse\nthan in the past.” Brendan Nyhan, Facts and Myths about "
        "Misperceptions, 34 J. ECON. PERSP. 232-33\n(2020). Similarly, Yochai Benkler and others "
        "contend that misinformation is a real concern but is\nelite-driven, rather than "
        "grassroots social media phenomenon. Yochai Benkler et al., Mail-In Voter\nFraud: "
        "Anatomy of a Disinformation Campaign, 6 BERKMAN CTR. RSCH. PUB. 1 (2020)."
    )
    spans = [note[s:e] for s, e in split_footnote(note)]
    assert len(spans) == 2
    assert spans[0].endswith("(2020)")
    second = parse_citation(spans[1]).source
    assert [c.family for c in second.contributors] == ["Benkler"]
    assert " ".join((second.title or "").split()) == (
        "Mail-In Voter Fraud: Anatomy of a Disinformation Campaign"
    )


def test_an_author_date_reference_still_goes_on_after_its_year() -> None:
    # APA: "Author (2020). Title." is one citation, not two
    note = "Ritchie, F. (2017). The Five Safes. Zenodo, https://zenodo.org/record/897821."
    assert len(split_footnote(note)) == 1


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (  # UVA Law, Truth Bounties, note 22: an aside in parentheses in the prose
            "We are not the first to argue that contractual devices (including warranties) can "
            "promote honesty,\nbut we are the first to develop truth bounties in detail. See "
            "Yonathan Arbel, Slicing Defamation by\nContract, U. CHI. L. REV. ONLINE 109 (2020)",
            "Arbel",
        ),
        (  # note 22: a quotation closing the prose
            "In a short blog post we discovered after writing this Article, Robin Hanson\nbriefly "
            "discusses “News Accuracy Bonds.” See Robin Hanson, News Accuracy Bonds, "
            "OVERCOMING\nBIAS (Sep. 9, 2018, 12:30 PM), https://www.overcomingbias.com/2018/09/"
            "news-accuracy-\nbonds.html",
            "Hanson",
        ),
    ],
)
def test_prose_with_quotations_or_asides_before_see_is_no_part_of_the_citation(
    text: str, family: str
) -> None:
    source = parse_citation(text).source
    assert [c.family for c in source.contributors] == [family]


# The GovLab, Open Data's Impact: Brazil's Transparency Portal (2016): Chicago bibliography
# entries as notes ("Family, Given. “Title.” Outlet. Date. URL"), batch 11 of citations-fresh
def test_a_year_standing_as_its_own_sentence_before_the_address_is_the_date() -> None:
    # note 13
    source = parse_citation(
        "“OECD Integrity Review of Brazil: Managing Risks for a Cleaner Public Service.” OECD "
        "Publishing. 2012. http://www.keepeek.com/Digital-Asset-Management/oecd/governance/"
        "brazil-oecd-integrity-review_9789264119321-en"
    ).source
    assert source.issued is not None
    assert source.issued.iso() == "2012"


def test_names_before_a_quoted_title_the_first_inverted_the_others_not() -> None:
    # note 42
    source = parse_citation(
        "Beghin, Nathalie, Carmela Zigona, Gisele Craveiro, Marcelo Tavares. “Open Data in "
        "Brazil: budget transparency and people’s rights.” Open Data Research Network. 2014. "
        "http://www.opendataresearch.org/sites/default/files/publications/INESC%20-%20ODDC%20"
        "Poster_Inesc_Brazil%20(1).pdf"
    ).source
    assert [c.display() for c in source.contributors] == [
        "Nathalie Beghin",
        "Carmela Zigona",
        "Gisele Craveiro",
        "Marcelo Tavares",
    ]
    assert source.title == "Open Data in Brazil: budget transparency and people’s rights"
    # a report (its address is a PDF's): the body that issued it is its publisher
    assert (source.container, source.publisher) == (None, "Open Data Research Network")


def test_an_inverted_two_word_family_name_before_a_quoted_title_after_a_full_stop() -> None:
    # note 20: the quoted title follows a full stop, not a comma
    source = parse_citation(
        "Hage Sobrinh, Jorge. “Brazil’s Transparency Portal Freely Delivers Information to "
        "Citizens.” Transparency & Accountability Initiative. September 19, 2011. "
        "http://www.transparency-initiative.org/news/brazils-transparency-portal-freely-"
        "delivers-information-to-citizens"
    ).source
    assert [(c.given, c.family) for c in source.contributors] == [("Jorge", "Hage Sobrinh")]


def test_an_unquoted_title_and_its_organisation_as_two_sentences() -> None:
    # note 3: the labeller may not run the title over the organisation's sentence
    source = parse_citation(
        "Rio de Janeiro metropolitan area profile. Bookings Global Cities Initiative. Accessed "
        "October 13, 2015. http://www.brookings.edu/about/programs/metro/~/media/455849BC16B24B"
        "7CA98FE5C5FDE3C0EF.ashx"
    ).source
    assert source.title == "Rio de Janeiro metropolitan area profile"
    assert source.container == "Bookings Global Cities Initiative"


def test_an_interviewees_post_and_office_are_no_outlet_and_no_title() -> None:
    # note 14
    source = parse_citation(
        "GovLab interview with Leodelma de Marilac Felix, Finance and Control Analyst, "
        "Transparency and Public Oversight Directorate, Corruption Prevention and Transparency "
        "Secretariat, Office of the Comptroller General, Brazil, August 18, 2015"
    ).source
    assert source.title == "GovLab interview with Leodelma de Marilac Felix"
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == "2015-08-18"


# Juri Kembügler, Ethereum Chat-App (2021): a numbered bibliography cited as notes,
# `Family, Given, "Title", Outlet Place Year⏎URL⏎(last accessed DD.MM.YYYY)`, batch 12
@pytest.mark.parametrize(
    ("note", "year"),
    [
        (  # note 7: the year closing the outlet's name, no comma
            'Beigel, Ofir, "51% Attack Explained – a Beginner’s Guide", 99Bitcoins 2020\n'
            "https://99bitcoins.com/51-percent-attack/\n(last accessed 30.03.2021)",
            2020,
        ),
        (  # note 39: after the outlet and its place
            'Beuth, Patrick, "Signal testet Bezahlfunktion mit Kryptowährung", Der Spiegel '
            "Hamburg 2021\nhttps://www.spiegel.de/netzwelt/apps/messenger-app-signal-"
            "testetbezahlfunktion-mit-kryptowaehrung-a-f03e2d66-be58-44fd-b0fd-acfe697078b2\n"
            "(last accessed 10.04.2021)",
            2021,
        ),
        (  # note 1: a year after the title's comma, ending its line
            'CoinMarketCap, "What Is a Cryptocurrency?", 2021\n'
            "https://coinmarketcap.com/alexandria/glossary/cryptocurrency\n"
            "(last accessed 23.03.2021)",
            2021,
        ),
    ],
)
def test_a_year_closing_a_name_or_a_line_after_a_quoted_title_is_the_date(
    note: str, year: int
) -> None:
    source = parse_citation(note).source
    assert source.issued is not None
    assert source.issued.iso() == str(year)
    assert source.accessed is not None


def test_a_year_inside_an_unquoted_title_is_still_no_date() -> None:
    # only after a quoted title does a name's closing year count
    source = parse_citation(
        "Microsoft, Windows 2000 Server Deployment Guide, https://x.org/a"
    ).source
    assert source.issued is None


def test_inverted_names_listed_with_semicolons_are_one_citations_authors() -> None:
    # note 25: "Family, Given; Family, Given; Family, Given: "Title""
    note = (
        'Devereux, Charlie; Wild, Franz; Robinson, Edward: "The Biggest Digital Heist in '
        'History Isn’t Over Yet", Bloomberg L.P. 2018\nhttps://www.bloomberg.com/news/features/'
        "2018-06-25/the-biggest-digitalheist-in-history-isn-t-over-yet\n(last accessed 05.04.2021)"
    )
    spans = split_footnote(note)
    assert len(spans) == 1
    source = parse_citation(note).source
    assert [c.display() for c in source.contributors] == [
        "Charlie Devereux",
        "Franz Wild",
        "Edward Robinson",
    ]
    assert source.title == "The Biggest Digital Heist in History Isn’t Over Yet"


@pytest.mark.parametrize(
    "remark", ["Author's translation.", "Emphasis added.", "Internal citations omitted."]
)
def test_a_translators_or_editors_remark_before_the_citation_is_no_part_of_it(
    remark: str,
) -> None:
    # Institute of Network Cultures, Good Data, chapter 17, note 6 (batch 1)
    source = parse_citation(
        f"{remark} Peter de Graaf, 'Een Biertje Met Big Brother Erbij', De Volkskrant, "
        "23 November 2015"
    ).source
    assert [c.display() for c in source.contributors] == ["Peter de Graaf"]
    assert source.title == "Een Biertje Met Big Brother Erbij"
    assert source.container == "De Volkskrant"


# Ethical Tech CoLab, After the Corridor (2026): Chicago notes to treaties, UN documents and
# reports, several citations per note, batch 13 of citations-fresh
@pytest.mark.parametrize(
    ("note", "count", "last_title"),
    [
        (  # note 1: "See also" after an article number
            "Geneva Convention Relative to the Protection of Civilian Persons in Time of War "
            "(Fourth Geneva Convention), art. 49; Protocol Additional to the Geneva Conventions "
            '(Protocol I), arts. 57 to 58; Protocol II, art. 17. See also "Evacuation," How Does '
            "Law Protect in War? ICRC Casebook, https://casebook.icrc.org/a_to_z/glossary/"
            "evacuation.",
            4,
            "Evacuation",
        ),
        (  # note 12: a sentence ending in "see" after a citation with no date
            'International Organization for Migration, https://www.iom.int; OCHA, "What Is the '
            'Cluster Approach?"; OHCHR, core international human-rights instruments. On the '
            "protection consequences where host states are not parties to the 1951 Convention, "
            'see "The Protection of Refugees in Non-Signatory States," International Journal of '
            "Refugee Law 33, no. 2 (2021): p. 188.",
            4,
            "The Protection of Refugees in Non-Signatory States",
        ),
        (  # note 15: a topic label after a dated citation
            'Ethical Tech CoLab, "Evacuation Information Index (EII)," GitHub, 2026. Weighting '
            "precedents: ACAPS and the EU Joint Research Centre, INFORM Severity Index; ACLED, "
            "Conflict Index; Fund for Peace, Fragile States Index.",
            4,
            "Fragile States Index",
        ),
    ],
)
def test_a_new_sentence_that_starts_a_citation_splits_the_note(
    note: str, count: int, last_title: str
) -> None:
    spans = [note[s:e] for s, e in split_footnote(note)]
    assert len(spans) == count
    assert parse_citation(spans[-1]).source.title == last_title


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (  # note 8
            "UN Office on Genocide Prevention and the Responsibility to Protect, "
            "https://www.un.org/en/genocideprevention/about-responsibility-to-protect.shtml",
            "UN Office on Genocide Prevention and the Responsibility to Protect",
        ),
        (  # note 12
            "International Organization for Migration, https://www.iom.int",
            "International Organization for Migration",
        ),
        (  # UVA Law, Truth Bounties, note 74 (batch 9)
            "AD FONTES MEDIA, INC. https://adfontesmedia.com/about-ad-fontes-media/ (last "
            "visited June 19, 2022)",
            "AD FONTES MEDIA, INC",
        ),
    ],
)
def test_a_website_cited_by_its_owners_name_alone_is_the_container(text: str, site: str) -> None:
    source = parse_citation(text).source
    assert source.container == site
    assert source.title is None
    assert not source.contributors


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher", "year"),
    [
        (  # note 16
            "OECD and JRC, Handbook on Constructing Composite Indicators (OECD Publishing, 2008)",
            ["OECD", "JRC"],
            "Handbook on Constructing Composite Indicators",
            "OECD Publishing",
            2008,
        ),
        (  # note 10: the publisher is the author, and a span of years
            "UNHCR, Global Trends: Forced Displacement (UNHCR, 2025 to 2026), "
            "https://www.unhcr.org/global-trends",
            ["UNHCR"],
            "Global Trends: Forced Displacement",
            None,
            2025,
        ),
    ],
)
def test_organisations_an_unquoted_title_and_its_publisher_and_year_in_parentheses(
    text: str, authors: list[str], title: str, publisher: str | None, year: int
) -> None:
    source = parse_citation(text).source
    assert [c.literal for c in source.contributors] == authors
    assert source.title == title
    assert source.publisher == publisher
    assert source.issued is not None
    assert source.issued.year == year


def test_a_person_before_an_unquoted_title_and_its_imprint_is_no_organisation() -> None:
    source = parse_citation("John Smith, A Book of Things (Penguin, 2008)").source
    assert [c.family for c in source.contributors] == ["Smith"]


@pytest.mark.parametrize(
    ("text", "outlet", "author"),
    [
        (  # KleptocracyFiles, post 18, reference 1 (batch 14): "Outlet — “Title” (date): URL"
            "SCOTUSblog — “Court freezes EPA plan to curb pollution…” (Feb. 2024): "
            "https://www.scotusblog.com/2024/02/court-freezes-epa-plan-to-curb-pollution-from-"
            "power-plants-in-12-states/",
            "SCOTUSblog",
            None,
        ),
        (  # reference 8
            "Politico — “Judge rules LAPD can’t use nonlethal weapons against journalists” (Jul. "
            "11, 2025): https://www.politico.com/news/2025/07/11/lapd-weapons-journalists-"
            "00448476",
            "Politico",
            None,
        ),
        (  # reference 9: an organisation, not an outlet, is the author
            "CPJ — “Law enforcement injure multiple journalists…” (Jun. 9, 2025): "
            "https://cpj.org/2025/06/law-enforcement-injure-multiple-journalists-others-"
            "assaulted-while-covering-los-angeles-protests/",
            None,
            "CPJ",
        ),
    ],
)
def test_a_name_and_a_dash_before_a_quoted_title(
    text: str, outlet: str | None, author: str | None
) -> None:
    source = parse_citation(text).source
    assert source.container == outlet
    assert [c.literal for c in source.contributors] == ([author] if author else [])
    assert source.title is not None
    assert source.issued is not None


def test_or_between_alternatives_and_see_eg_after_prose_split_and_start_citations() -> None:
    # Brookings, Signs of digital distress, costs box note 2 (batch 15)
    note = (
        'For a supportive description of "one touch make ready" policy, see Next Century Cities, '
        '"One Touch Make Ready Fact Sheet", 2017; or Jon Brodkin, "Verizon Supports '
        'Controversial Rule That Could Help Google Fiber Expand," Ars Technica, June 16, 2017. '
        "However, some established internet service providers have sued over initial ordinances "
        'in Louisville, Ky. and Nashville, Tenn. See, e.g., Blair Levin, "Next Battlefield in the '
        'Game of Gigs: Cities and Polls" (Washington: Brookings Institution, 2016).'
    )
    cites = [parse_citation(note[s:e]).source for s, e in split_footnote(note)]
    assert len(cites) == 3
    assert [c.family for c in cites[1].contributors] == ["Brodkin"]
    assert cites[1].container == "Ars Technica"
    assert [c.family for c in cites[2].contributors] == ["Levin"]
    assert cites[2].title == "Next Battlefield in the Game of Gigs: Cities and Polls"


@pytest.mark.parametrize(
    "text",
    [
        # Brookings, Signs of digital distress, stopgaps box notes 4 and 5 (batch 15)
        "For the full library of Lifeline-related information, see "
        "https://www.fcc.gov/general/lifeline-program-low-income-consumers.",
        "The Broadband Opportunity Council's website is "
        "https://www.ntia.doc.gov/category/broadband-opportunity-council",
    ],
)
def test_an_address_pointed_to_in_a_sentence_has_no_title(text: str) -> None:
    source = parse_citation(text).source
    assert source.title is None
    assert source.url is not None
    assert source.url.startswith("https://www.")
    assert not source.contributors


def test_a_year_after_a_doubled_closing_quote_is_the_date() -> None:
    # stopgaps box note 8: 'Toolkit,"" 2013'
    source = parse_citation(
        'National Telecommunications and Information Administration (NTIA), "NTIA Broadband '
        'Adoption Toolkit,"" 2013'
    ).source
    assert source.issued is not None
    assert source.issued.iso() == "2013"
    assert source.container is None


# --- CRS R48179 (citations-fresh batch 18): names after prose, "; and" --------------------


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        (  # note 1: a sentence of explanation, then an organisation's name
            "The estimate is based on a survey conducted by Activate from 2023 to 2024 that had "
            '4,004 respondents. Activate, "Number of Concert Attendees in the United States in '
            '2023 and 2024," Statista, October 2024, https://www.statista.com/statistics/1624353/'
            "number-concert-attendees-united-states/.",
            [["Activate"]],
        ),
        (  # note 12: "For …, see" with a comma in the lead, two works joined by ", and"
            'For more information about the fees charged, see Ticketmaster, "How Are Ticket '
            'Prices and Fees Determined?" Ticketmaster Help Center, https://help.ticketmaster.com'
            "/hc/en-us/articles/9663528775313-How-are-ticket-prices-and-fees-determined, and AXS, "
            '"What Fees Are There When Buying Tickets?," AXS Help Center, https://support.axs.com'
            "/hc/en-us/articles/201083104-What-fees-are-there-when-buying-tickets.",
            [["Ticketmaster"], ["AXS"]],
        ),
        (  # note 22: "For example, see" before two names
            'For example, see Eric Budish and Aditya Bhave, "Primary-Market Auctions for Event '
            "Tickets: Eliminating the Rents of 'Bob the Broker?,'\" American Economic Journal: "
            "Microeconomics, vol. 15, no. 1 (2023), pp. 142-170, https://doi.org/10.1257/"
            "mic.20180230.",
            [["Eric Budish", "Aditya Bhave"]],
        ),
        (  # note 25: a family name with a lowercase particle after the signal
            'For example, see Marco della Cava, "Springsteen Tickets for $4,000? How Dynamic '
            'Pricing Works and How You Can Beat the System," USA Today, August 17, 2022, '
            "https://www.usatoday.com/story/entertainment/music/2022/08/17/springsteen-"
            "ticketmaster-dynamic-pricing-infuriates-music-fans/10310415002/.",
            [["Marco della Cava"]],
        ),
        (  # note 7: "; and" before the second work; an acronym after the organisation
            "IBISWorld, Online Event Ticket Sales in the U.S., p. 19; and U.S. Government "
            "Accountability Office (GAO), Event Ticket Sales: Market Characteristics and Consumer "
            "Protection Issues, April 2018, pp. 4-5, https://www.gao.gov/assets/700/691247.pdf "
            "(hereinafter GAO, Event Ticket Sales).",
            [["IBISWorld"], ["U.S. Government Accountability Office (GAO)"]],
        ),
    ],
)
def test_authors_after_a_lead_of_prose_or_a_joining_and(
    note: str, authors: list[list[str]]
) -> None:
    spans = split_footnote(note)
    cites = [parse_citation(note[s:e]).source for s, e in spans]
    assert [[c.display() for c in s.contributors] for s in cites] == authors
    assert not note[spans[-1][0] :].startswith("and ")
    assert cites[-1].title is not None
    assert not any(s.title == a[0] for s, a in zip(cites, authors, strict=True))


# --- treaties cited with the short name used later (citations-fresh batch 13) ---------------


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (  # After the Corridor, note 1
            "Geneva Convention Relative to the Protection of Civilian Persons in Time of War "
            "(Fourth Geneva Convention), art. 49",
            "Geneva Convention Relative to the Protection of Civilian Persons in Time of War",
            None,
        ),
        (  # note 1, second citation
            "Protocol Additional to the Geneva Conventions (Protocol I), arts. 57 to 58",
            "Protocol Additional to the Geneva Conventions",
            None,
        ),
        (  # note 5: commas in the title, the short name and the year in one parenthesis
            "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo "
            "Protocol, 2000)",
            "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons",
            "2000",
        ),
    ],
)
def test_a_treaty_s_short_name_is_not_its_title(text: str, title: str, year: str | None) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert not source.contributors
    assert source.container is None
    assert (source.issued.iso() if source.issued else None) == year


@pytest.mark.parametrize("date", ["May 2014", "May 20, 2014", "20 May 2014"])
def test_a_last_modified_date_is_the_date_when_no_other_is_printed(date: str) -> None:
    # citations-dev (Access Now): "“International Principles …,” last modified May 2014, URL";
    # the same note with a full date had lost its date to the "updated" label
    source = parse_citation(
        "“International Principles on the Application of Human Rights to Communications "
        f"Surveillance,” last modified {date}, https://en.necessaryandproportionate.org/text"
    ).source
    assert source.issued is not None
    assert source.issued.iso().startswith("2014-05")


def test_a_congressional_hearing_names_its_committee_as_author() -> None:
    # CRS R48179, note 3 (citations-fresh batch 18)
    note = (
        "For example, see U.S. Congress, Senate Committee on the Judiciary, That's the Ticket: "
        "Promoting Competition and Protecting Consumers in Live Entertainment, hearing, 118th "
        "Cong., 1st sess., January 24, 2023, S.Hrg. 118-31 (Washington, DC: GPO, 2023), "
        "https://www.govinfo.gov/content/pkg/CHRG-118shrg52250/pdf/CHRG-118shrg52250.pdf "
        "(hereinafter Senate Judiciary hearing, That's the Ticket)."
    )
    source = parse_citation(note).source
    assert [c.display() for c in source.contributors] == [
        "U.S. Congress, Senate Committee on the Judiciary"
    ]
    assert source.title == (
        "That's the Ticket: Promoting Competition and Protecting Consumers in Live Entertainment"
    )
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == "2023-01-24"


def test_a_section_label_in_lowercase_is_no_outlet() -> None:
    # CRS R48179, note 33 (citations-fresh batch 18)
    source = parse_citation(
        'The White House, "President Biden Recognizes Actions by Private Sector Ticketing and '
        "Travel Companies to Eliminate Hidden Junk Fees and Provide Millions of Customers with "
        'Transparent Pricing," statements and releases, June 15, 2023, https://bidenwhitehouse.'
        "archives.gov/briefing-room/statements-releases/2023/06/15/president-biden-recognizes-"
        "actions-by-private-sector-ticketing-and-travel-companies-to-eliminate-hidden-junk-fees-"
        "and-provide-millions-of-customers-with-transparent-pricing/."
    ).source
    assert source.container is None
    assert [c.display() for c in source.contributors] == ["The White House"]
    assert source.issued is not None
    assert source.issued.iso() == "2023-06-15"


# --- places of publication and "available at:" after the parts (eleventh session) ---------


@pytest.mark.parametrize(
    "text",
    [
        # citations-fresh batch 1 (Institute of Network Cultures, Good Data, chapter 7)
        "Fox-IT, 'Expert Witness Report on ByLock Investigation', Delft, 2017, "
        "https://foxitsecurity.files.wordpress.com/2017/09/bylock-fox-it-expert-witness-report-"
        "english.pdf",
        # citations-fresh batch 12 (Kembügler, Ethereum Chat-App, bibliography entry 8)
        'Buterin, Vitalik, "Understanding the Ethereum Blockchain Protocol", London 2015, '
        "min. 2:00-4:00\nhttps://archive.devcon.org/devcon-1/details/\n(last accessed 30.03.2021)",
    ],
)
def test_a_town_before_the_date_is_no_outlet(text: str) -> None:
    source = parse_citation(text).source
    assert source.container is None
    assert source.issued is not None


def test_a_town_before_a_full_date_is_no_outlet() -> None:
    # written for this test, in the form of the two real notes above (the town found after
    # the same word opened the title)
    source = parse_citation(
        "Geneva Convention (IV) relative to the Protection of Civilian Persons in Time of War, "
        "Geneva, 12 August 1949, Art. 3."
    ).source
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == "1949-08-12"


def test_a_place_with_an_umlaut_before_the_publisher_is_the_imprint() -> None:
    # citations-fresh batch 1 (Amsterdam Creative Industries Publishing, The Volkskrant
    # Building, note 53)
    source = parse_citation(
        "Holm Friebe and Sascha Lobo, Die digitale Boheme oder: Intelligentes Leben jenseits der "
        "Festanstellung, München: Random House, 2006"
    ).source
    assert source.container is None
    assert source.publisher == "Random House"
    assert source.title == (
        "Die digitale Boheme oder: Intelligentes Leben jenseits der Festanstellung"
    )


@pytest.mark.parametrize(
    ("text", "author", "title", "year"),
    [
        (  # a reference list in a public repository's README (SIFT from scratch), [1] and [2]
            "David G. Lowe 2004, Distinctive Image Features from Scale-Invariant Keypoints, "
            "available at: https://www.cs.ubc.ca/~lowe/papers/ijcv04.pdf",
            "David G. Lowe",
            "Distinctive Image Features from Scale-Invariant Keypoints",
            "2004",
        ),
        (
            "Ives Rey Otero 2014, Anatomy of SIFT, available at: https://www.researchgate.net/"
            "publication/283754272_Anatomy_of_the_SIFT_method",
            "Ives Rey Otero",
            "Anatomy of SIFT",
            "2014",
        ),
    ],
)
def test_available_at_after_a_reference_s_parts_is_no_sentence(
    text: str, author: str, title: str, year: str
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title
    assert source.issued is not None
    assert source.issued.iso() == year
    assert source.url is not None


def test_a_revision_date_after_a_semicolon_does_not_split_the_reference() -> None:
    # a reference list on an essay's page in a public repository (sustainable agriculture)
    note = (
        "Gold, M. 2007. United States Department of Agriculture, Sustainable Agriculture: "
        "Definitions and Terms. Special Reference Briefs Series no. SRB 99-02, Updates SRB "
        "94-05, September 1999; revised August 2007, Available at: https://www.nal.usda.gov/"
        "afsic/sustainable-agriculture-definitions-and-terms"
    )
    assert len(split_footnote(note)) == 1
    source = parse_citation(note).source
    assert source.url == (
        "https://www.nal.usda.gov/afsic/sustainable-agriculture-definitions-and-terms"
    )
    assert [c.display() for c in source.contributors] == ["M. Gold"]


def test_a_colon_in_the_words_before_a_year_is_a_title_not_authors() -> None:
    # written for this test: the author-date reading took "UNHCR, Global Trends: Forced
    # Displacement in" for names, and the labeller the town for a second author
    source = parse_citation(
        "UNHCR, Global Trends: Forced Displacement in 2019, Geneva, 2020, p. 2, available at: "
        "https://www.unhcr.org/5ee200e37.pdf."
    ).source
    assert [c.display() for c in source.contributors] == ["UNHCR"]
    assert source.title == "Global Trends: Forced Displacement in 2019"
    assert source.container is None


def test_a_publisher_then_its_town_is_the_publisher_not_the_outlet() -> None:
    # a reference list in a public repository (NMR diffusion software), reference [3]
    source = parse_citation(
        "W.S. Price, NMR Studies of Translational Motion, Cambridge University Press, "
        "Cambridge, 2009."
    ).source
    assert source.title == "NMR Studies of Translational Motion"
    assert source.container is None
    assert source.publisher == "Cambridge University Press"
    assert source.issued is not None
    assert source.issued.iso() == "2009"


def test_a_book_s_volume_with_a_title_of_its_own_is_no_journal() -> None:
    # written for this test, in the comma style of law notes: "Vol. 1: Rules" is the book's
    source = parse_citation(
        "Jean-Marie Henckaerts and Louise Doswald-Beck, Customary International Humanitarian "
        "Law, Vol. 1: Rules, Cambridge University Press, Cambridge, 2005, Rule 1."
    ).source
    assert [c.display() for c in source.contributors] == [
        "Jean-Marie Henckaerts",
        "Louise Doswald-Beck",
    ]
    assert source.title is not None
    assert source.title.startswith("Customary International Humanitarian Law")
    assert source.container is None


def test_an_edited_book_s_title_ends_at_its_volume_and_a_date_in_it_is_not_its_date() -> None:
    # written for this test, in the comma style of law notes
    source = parse_citation(
        "Jean Pictet (ed.), Commentary on the Geneva Conventions of 12 August 1949, Vol. 4, "
        "Geneva, 1958, p. 46."
    ).source
    assert source.title == "Commentary on the Geneva Conventions of 12 August 1949"
    assert source.issued is not None
    assert source.issued.iso() == "1958"
    assert source.container is None


# --- Atlantic Council, Balancing openness and control (citations-fresh batch 23) -----------


def test_a_signal_with_a_colon_is_not_part_of_the_author() -> None:
    # note 6
    note = (
        "See: Smriti Mallapaty, “China Expands Control over Genetic Data Used in Scientific "
        "Research,” May 6, 2022, https://www.nature.com/articles/d41586-022-01230-z ."
    )
    source = parse_citation(note).source
    assert [c.display() for c in source.contributors] == ["Smriti Mallapaty"]


def test_a_semicolon_before_the_work_s_own_address_does_not_split() -> None:
    # note 12
    note = (
        "Desmond Israel, “A Commentary on Assessing the Effectiveness of Cross-Border Data Flow "
        "Regulations in the Age of Artificial Intelligence (AI),” Journal of Research and "
        "Development 11, No. 4 (2023): 245; https://www.longdom.org/open-access-pdfs/a-short-"
        "commentary-on-assessing-the-effectiveness-of-crossborder-data-flow-regulations-in-the-"
        "age-of-artificial-intellig.pdf ."
    )
    spans = split_footnote(note)
    assert len(spans) == 1
    source = parse_citation(note[slice(*spans[0])]).source
    assert source.url is not None
    assert source.url.endswith("artificial-intellig.pdf")
    assert [c.display() for c in source.contributors] == ["Desmond Israel"]


def test_a_semicolon_inside_a_bracketed_translation_does_not_split() -> None:
    # note 19
    note = (
        "“Shùjù huò chéng “shēngwù zhàdàn” yuánliào kuàguó hézuò jǐnfáng shēngwù shùjù xièlòu” "
        "数据或成“生物炸弹”原料 跨国合作谨防生物数据泄露 [Data Could Become Raw Material for "
        "“Biological Bombs”; Guard Against Biological Data Leaks in Cross-Border Cooperation], "
        "Shanghai Observer , January 26, 2026, https://www.shobserver.com/staticsg/res/html/web/"
        "newsDetail.html?id=1058116&sid=11."
    )
    assert len(split_footnote(note)) == 1


# --- UNDP, Digital Rights Dashboard methodology (citations-fresh batch 22) ------------------


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        (  # note 9: commas glued to the date and the symbol, a clause as the locator
            "Civil Society Space,10 July 2025,A/HRC/RES/59/10, Clause 6",
            "Civil Society Space",
            "2025-07-10",
        ),
        (  # note 8: "Preambular clauses, Page 2" after the symbol
            "The promotion and protection of human rights in the context of peaceful protests, "
            "July 6 2018,A/HRC/RES/38/11., Preambular clauses, Page 2",
            "The promotion and protection of human rights in the context of peaceful protests",
            "2018-07-06",
        ),
        (  # note 15: a title with commas of its own, a symbol with a dotted part
            "Promotion and protection of all human rights, civil, political, economic, social "
            "and cultural rights, including the right to development, 7 July 2021, "
            "A/HRC/47/L.22, page 2 preambulatory clauses",
            "Promotion and protection of all human rights, civil, political, economic, social "
            "and cultural rights, including the right to development",
            "2021-07-07",
        ),
    ],
)
def test_a_un_document_dated_before_its_symbol(text: str, title: str, issued: str) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert source.container is None
    assert not source.contributors
    assert source.issued is not None
    assert source.issued.iso() == issued


@pytest.mark.parametrize(
    ("text", "title", "court", "issued"),
    [
        # written for this test, in the form international-law notes cite tribunals' cases
        # (the docket of the third as records in public repositories print it)
        (
            "Supreme Court of India, Justice K.S. Puttaswamy (Retd.) v. Union of India, Writ "
            "Petition (Civil) No. 494 of 2012, August 24, 2017.",
            "Justice K.S. Puttaswamy (Retd.) v. Union of India",
            "Supreme Court of India",
            "2017-08-24",
        ),
        (
            "ICTY, Prosecutor v. Tadić, Case No. IT-94-1-A, Judgment (Appeals Chamber), "
            "15 July 1999, para. 84.",
            "Prosecutor v. Tadić",
            "ICTY",
            "1999-07-15",
        ),
        (
            "ICC, Prosecutor v. Thomas Lubanga Dyilo, Case No. ICC-01/04-01/06, Judgment "
            "pursuant to Article 74 of the Statute (Trial Chamber I), 14 March 2012, para. 607.",
            "Prosecutor v. Thomas Lubanga Dyilo",
            "ICC",
            "2012-03-14",
        ),
    ],
)
def test_a_tribunal_s_case_number_makes_the_court_its_publisher(
    text: str, title: str, court: str, issued: str
) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert source.publisher == court
    assert not source.contributors
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == issued


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        # written for this test, in the form of report notes the code search shows
        # ("Freedom House, Freedom on the Net 2025 (Bahrain), …: URL"), with a date after
        (
            "Freedom House, Freedom on the Net 2020, October 2020, "
            "https://freedomhouse.org/report/freedom-net/2020.",
            "Freedom House",
            "Freedom on the Net 2020",
        ),
        (  # a title that opens with its year, after a name with no organisation word
            "Access Now, 2020 KeepItOn Report, March 2021.",
            "Access Now",
            "2020 KeepItOn Report",
        ),
    ],
)
def test_a_year_in_a_report_s_title_is_not_an_author_date_year(
    text: str, author: str, title: str
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title
    assert source.container is None
    assert source.issued is not None


def test_a_bluebook_un_document_with_its_year_after_the_symbol() -> None:
    # a Bluebook guide in a public repository, "UN Documents (R21.8)"
    source = parse_citation(
        "U.N. Comm. on the Peaceful Uses of Outer Space, Rep. of the Legal Subcomm., "
        "U.N. Doc. A/AC.105/1122 (2021)."
    ).source
    assert [c.display() for c in source.contributors] == [
        "U.N. Comm. on the Peaceful Uses of Outer Space"
    ]
    assert source.title == "Rep. of the Legal Subcomm."
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == "2021"


def test_an_instrument_is_not_its_own_author_nor_a_document_label_its_outlet() -> None:
    # a legal-citation helper in a public repository (its Universal Declaration form)
    source = parse_citation(
        "Universal Declaration of Human Rights, G.A. Res. 217A (III), U.N. Doc. A/810 at 71 (1948)"
    ).source
    assert source.title == "Universal Declaration of Human Rights"
    assert not source.contributors
    assert source.container is None


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (  # citations-fresh batch 1 (ACIP, The Volkskrant Building, note 14)
            "Nederpunk.punt.nl, ‘Krakers en punks deel 2 (panden in Amsterdam)’, 26 November "
            "2005, http://nederpunk.punt.nl/content/2005/11/krakers-en-punks-deel-2-panden-in-"
            "amsterdam",
            "Nederpunk.punt.nl",
        ),
        (  # citations-fresh batch 12 (Kembügler, bibliography entry 36)
            'Json.org, "Introducing Json"\nhttps://www.json.org/json-en.html\n(last accessed '
            "09.04.2021)",
            "Json.org",
        ),
    ],
)
def test_a_site_s_domain_in_the_author_slot_is_the_outlet(text: str, site: str) -> None:
    source = parse_citation(text).source
    assert not source.contributors
    assert source.container == site


def test_a_town_after_the_outlet_and_before_its_publisher_is_dropped() -> None:
    # citations-fresh batch 12 (Kembügler, bibliography entries 39 and 2)
    spiegel = parse_citation(
        'Beuth, Patrick, "Signal testet Bezahlfunktion mit Kryptowährung", Der Spiegel Hamburg '
        "2021\nhttps://www.spiegel.de/netzwelt/apps/messenger-app-signal-testetbezahlfunktion-"
        "mit-kryptowaehrung-a-f03e2d66-be58-44fd-b0fd-acfe697078b2\n(last accessed 10.04.2021)"
    ).source
    assert spiegel.container == "Der Spiegel"
    chaum = parse_citation(
        'Chaum, David, "Blind signatures for untraceable payments", Boston SpringerVerlag 1983, '
        "pp. 199-203\nhttps://www.chaum.com/publications/Chaum-blind-signatures.PDF\n"
        "(last accessed 23.03.2021)"
    ).source
    assert chaum.container is None
    assert chaum.publisher == "SpringerVerlag"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # IEEE reference lists in public repositories (found with the code search)
        (
            "Epic Games, Inc., “Using Fresnel in your Unreal Engine materials,” Epic Games "
            "Developer Documentation, Mar. 24, 2025. [Online]. Available: https://dev."
            "epicgames.com/documentation/en-us/unreal-engine/using-fresnel-in-your-unreal-"
            "engine-materials",
            "Epic Games, Inc.",
        ),
        (
            "Qualcomm Technologies, Inc., “L-GSC v1.0: Library for compression and "
            "decompression of Gaussian splat representations,” https://github.com/qualcomm/"
            "lite-3Dgsplat-codec, 2025.",
            "Qualcomm Technologies, Inc.",
        ),
        (
            "Prowler, Inc., “Prowler,” 22 March 2024. [Online]. Available: https://github.com/"
            "prowler-cloud/prowler.",
            "Prowler, Inc.",
        ),
    ],
)
def test_a_company_s_legal_form_is_part_of_its_name(text: str, company: str) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [company]
    assert source.container in (None, "Epic Games Developer Documentation")


# --- Washington Journal of Law, Technology & Arts, 17:2 (citations-fresh batch 25) ---------


def test_a_prose_word_after_an_address_ending_in_a_slash_is_not_joined_to_it() -> None:
    # note 1
    note = (
        "See Taylor Lorenz, The Real Difference Between Creators and Influencers, THE ATLANTIC "
        "(May 31, 2019), https://www.theatlantic.com/technology/archive/2019/05/how-creators-"
        "becameinfluencers/590725/ for a discussion about the differences in terminology."
    )
    urls = [u.url for u in find_urls(note)]
    assert urls == [
        "https://www.theatlantic.com/technology/archive/2019/05/how-creators-becameinfluencers/"
        "590725/"
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Class Action Complaint, supra note 2", "Class Action Complaint"),  # note 6
        (  # note 26: a parenthetical after the short form, with a quotation in it
            "Top 100, supra note 23 (depicting a chart of insights on the most popular sites in "
            "the US by industry, wherein YouTube is categorized as a “social network”)",
            "Top 100",
        ),
    ],
)
def test_a_court_filing_s_short_title_before_supra_is_a_title(text: str, title: str) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert not source.contributors


def test_single_quoted_words_inside_an_unquoted_title_are_not_the_title() -> None:
    # note 9
    source = parse_citation(
        "Lindsay Dodgson, YouTubers Have Identified a Long List of Words that Immediately get "
        "Videos Demonetized, and They Include ‘Gay’ and ‘Lesbian’ but not ‘Straight’ or "
        "‘Heterosexual’, INSIDER.COM (Oct. 1, 2019, 8:49 am), https://www.insider.com/"
        "youtubersidentify-title-words-that-get-videos-demonetized-experiment-2019-10"
    ).source
    assert source.title is not None
    assert source.title.startswith("YouTubers Have Identified a Long List of Words")
    assert source.container == "INSIDER.COM"


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        # OSCOLA's Strasbourg form, as an OSCOLA guide and a case note in public repositories
        # print it
        (
            "Othman (Abu Qatada) v United Kingdom App No 8139/09 (ECtHR, 17 January 2012).",
            "Othman (Abu Qatada) v United Kingdom",
            "2012-01-17",
        ),
        (
            "Verein KlimaSeniorinnen v Switzerland, App No 53600/20 (ECtHR, GC, 2024).",
            "Verein KlimaSeniorinnen v Switzerland",
            "2024",
        ),
    ],
)
def test_an_application_number_ends_the_case_name(text: str, title: str, issued: str) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert source.publisher == "ECtHR"
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_a_run_of_resolutions_cited_by_number_and_date_splits_into_one_each() -> None:
    # UNDP, Digital Rights Dashboard methodology, note 1 (citations-fresh batch 22), its first
    # half: a resolution's preamble pasted into a note
    note = (
        "See relevant resolutions of the Commission on Human Rights and the Human Rights "
        "Council on the right to freedom of opinion and expression, in particular Council "
        "resolutions 20/8 of 5 July 2012, 26/13 of 26 June 2014 and 32/13 of 1 July 2016, "
        "A/HRC/38/L.10 of on the promotion, protection and enjoyment of human rights on the "
        "Internet, and Council resolutions 12/16 of 2 October 2009 on freedom of opinion and "
        "expression, 28/16 of 26 March 2015 and 34/7 of 23 March 2017 on the right to privacy in "
        "the digital age, 23/2 of 13 June 2013 on the role of freedom of opinion and expression "
        "in women’s empowerment, and 31/7 of 23 March 2016 on the rights of the child: "
        "information and communications technologies and child sexual exploitation, and "
        "recalling also General Assembly resolutions 68/167 of 18 December 2013"
    )
    spans = split_footnote(note)
    assert len(spans) == 10
    parsed = []
    for start, end in spans:
        parsed.append(
            parse_citation(note[start:end], previous=parsed[-1].source if parsed else None)
        )
    read = [(c.source.title, c.source.issued.iso() if c.source.issued else None) for c in parsed]
    assert read[1:] == [
        ("26/13", "2014-06-26"),
        ("32/13", "2016-07-01"),
        ("A/HRC/38/L.10", None),
        ("12/16", "2009-10-02"),
        ("28/16", "2015-03-26"),
        ("34/7", "2017-03-23"),
        ("23/2", "2013-06-13"),
        ("31/7", "2016-03-23"),
        ("68/167", "2013-12-18"),
    ]
    assert [c.display() for c in parsed[-1].source.contributors] == ["General Assembly"]


def test_two_resolutions_in_a_sentence_stay_one_note() -> None:
    # fewer than three: the run is prose about them (written for this test)
    note = (
        "See General Assembly resolutions 68/167 of 18 December 2013 and 69/166 of "
        "18 December 2014 on the right to privacy in the digital age."
    )
    assert len(split_footnote(note)) <= 2


def test_a_full_stop_after_a_titled_work_s_year_splits_before_the_next_names() -> None:
    # UNDP, Digital Rights Dashboard methodology, note 16 (citations-fresh batch 22)
    note = (
        "Bignami, Francesca, Human Rights Extraterritoriality: The Right to Privacy and National "
        "Security Surveillance (2018). Francesca Bignami & Giorgio Resta, Human Rights "
        "Extraterritoriality:The Right to Privacy and National Security Surveillance in "
        "Community Interests Across International Law (Eyal Benvenisti & Georg Nolte,eds., "
        "Oxford University Press)"
    )
    spans = split_footnote(note)
    assert len(spans) == 2
    first = parse_citation(note[slice(*spans[0])]).source
    assert [c.display() for c in first.contributors] == ["Francesca Bignami"]
    assert first.title == (
        "Human Rights Extraterritoriality: The Right to Privacy and National Security Surveillance"
    )
    assert first.issued is not None
    assert first.issued.iso() == "2018"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        # written for this test: one author inverted, then an unquoted book title
        (
            "Smith, John, The Wealth of Networks (Yale University Press, 2006).",
            "John Smith",
            "The Wealth of Networks",
        ),
    ],
)
def test_an_inverted_author_then_an_unquoted_title(text: str, author: str, title: str) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title
    assert source.container is None


def test_an_inverted_name_is_not_read_where_a_title_and_its_imprint_follow() -> None:
    # citations-fresh batch 1 (ACIP, The Volkskrant Building): a collective's name, a title
    source = parse_citation("Bilwet, Bewegingsleer, Amsterdam: Ravijn, 1990, p. 37").source
    assert source.title == "Bewegingsleer"
    assert [c.display() for c in source.contributors] == ["Bilwet"]


def test_in_press_or_forthcoming_is_not_part_of_the_journal() -> None:
    # citations-fresh batch 1 (Institute of Network Cultures, Good Data, chapter 7)
    source = parse_citation(
        "Monique Mann et al., 'The Limits of (Digital) Constitutionalism: Exploring the Privacy-"
        "Security (Im)Balance in Australia,' International Communication Gazette (in press, "
        "2018), DOI: https://doi.org/10.1177/1748048518757141"
    ).source
    assert source.container == "International Communication Gazette"


def test_a_citation_opened_inside_a_parenthesis_after_a_sentence() -> None:
    # CRS R48179, note 14 (citations-fresh batch 18)
    source = parse_citation(
        'Ticketmaster acquired TicketWeb in 2000 (see Bruce Orwall, "Ticketmaster Buys '
        'TicketWeb in Bid to Diversify Offerings," Wall Street Journal, May 30, 2000, '
        "https://www.wsj.com/articles/SB959636314630051866)."
    ).source
    assert [c.display() for c in source.contributors] == ["Bruce Orwall"]
    assert source.container == "Wall Street Journal"


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        ("GAO 2015", ["GAO"], "2015"),  # Brookings, priorities box note 3 (batch 15)
        ("NTIA 2013", ["NTIA"], "2013"),  # note 4
        ("Smith and Jones 2019, p. 4.", ["Smith", "Jones"], "2019"),  # written for this test
    ],
)
def test_an_author_date_short_reference(text: str, authors: list[str], year: str) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert source.title is None
    assert source.issued is not None
    assert source.issued.iso() == year


def test_a_law_s_short_title_with_its_year_is_no_author_date_reference() -> None:
    source = parse_citation("Data Protection Act 2018").source  # written for this test
    assert source.title == "Data Protection Act 2018"
    assert not source.contributors


def test_a_treaty_series_is_the_outlet_of_a_treaty() -> None:
    # written for this test (batch 20 labels a treaty series, `European Treaty Series`, the same)
    source = parse_citation(
        "Rome Statute of the International Criminal Court, 2187 UNTS 90, 17 July 1998 (entered "
        "into force 1 July 2002), Art. 8(2)(b)(iv)."
    ).source
    assert source.title == "Rome Statute of the International Criminal Court"
    assert source.container == "UNTS"
    assert source.issued is not None
    assert source.issued.iso() == "1998-07-17"


def test_an_edited_book_s_year_before_a_parenthesis_is_its_date() -> None:
    # written for this test: "(eds)" without a full stop, a short name in parentheses after
    source = parse_citation(
        "Jean-Marie Henckaerts and Louise Doswald-Beck (eds), Customary International "
        "Humanitarian Law, Vol. 1: Rules, Cambridge University Press, Cambridge, 2005 (ICRC "
        "Customary Law Study), Rule 14."
    ).source
    assert source.title == "Customary International Humanitarian Law"
    assert not source.contributors
    assert source.issued is not None
    assert source.issued.iso() == "2005"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # written for this test: cross-references in the "above note" form of law notes
        ("See above note 12.", []),
        ("Above note 4, p. 12.", []),
        ("See below, note 30.", []),
        ("Melzer, above note 4, p. 20.", ["Melzer"]),
    ],
)
def test_a_cross_reference_to_a_note_has_no_title(text: str, authors: list[str]) -> None:
    source = parse_citation(text).source
    assert source.title is None
    assert [c.display() for c in source.contributors] == authors


def test_a_person_before_a_un_document_s_title_is_its_author() -> None:
    # written for this test: a special rapporteur's report cited by its author
    source = parse_citation(
        "Philip Alston, Report of the Special Rapporteur on Extrajudicial, Summary or Arbitrary "
        "Executions, UN Doc. A/HRC/14/24/Add.6, 28 May 2010, para. 29."
    ).source
    assert [c.display() for c in source.contributors] == ["Philip Alston"]
    assert source.title == (
        "Report of the Special Rapporteur on Extrajudicial, Summary or Arbitrary Executions"
    )
    assert source.issued is not None
    assert source.issued.iso() == "2010-05-28"


def test_for_a_topic_then_see_is_a_signal_before_the_author() -> None:
    # written for this test: "For a detailed discussion, see" (the comma before "see")
    source = parse_citation(
        "For a detailed discussion, see Marco Sassòli, “Legitimate Targets of Attacks under "
        "International Humanitarian Law”, HPCR Policy Brief, January 2003, p. 3."
    ).source
    assert [c.display() for c in source.contributors] == ["Marco Sassòli"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Op. cit., p. 4.", []),
        ("Amnesty International, op. cit., p. 12.", ["Amnesty International"]),
    ],
)
def test_op_cit_is_no_title(text: str, authors: list[str]) -> None:
    source = parse_citation(text).source  # written for this test
    assert source.title is None
    assert [c.display() for c in source.contributors] == authors


def test_an_organisation_s_acronym_in_parentheses_stays_with_its_name() -> None:
    # Brookings, Signs of digital distress, stopgaps box note 3 (citations-fresh batch 15)
    note = (
        'Government Accountability Office (GAO), "Intended Outcomes and Effectiveness of '
        "Efforts to Address Adoption Barriers Are Unclear,\" GAO-15-473, 2015. Note that NTIA's "
        "position in response to the GAO report is that, because its technical assistance role "
        "to communities is purely advisory, an outcome-based adoption metric would not be "
        "appropriate."
    )
    start, end = split_footnote(note)[0]
    source = parse_citation(note[start:end]).source
    assert [c.display() for c in source.contributors] == ["Government Accountability Office (GAO)"]


# --- twelfth session: citations-fresh batches 14 and 26-28 (real notes, quoted as printed) ---


def test_a_dated_parenthesis_after_a_quoted_title_names_no_publisher() -> None:
    # KleptocracyFiles, Debugging Democracy #3, note 9 (citations-fresh batch 14)
    source = parse_citation(
        "Reuters, “White House ups federal law enforcement at tourist hot spots in Washington, "
        "D.C.” (Aug. 8, 2025), https://www.reuters.com/world/us/white-house-ups-federal-law-"
        "enforcement-tourist-hot-spots-washington-dc-2025-08-08/"
    ).source
    assert source.publisher is None
    assert source.issued is not None
    assert source.issued.iso() == "2025-08-08"


def test_a_designation_with_digits_before_a_dated_parenthesis_keeps_the_date() -> None:
    # the same post, note 17: "LSB11229" holds no year
    source = parse_citation(
        "CRS Legal Sidebar LSB11229, “SEC v. Jarkesy: Constitutionality of Administrative "
        "Adjudication” (Sept. 16, 2024), https://www.congress.gov/crs-product/LSB11229"
    ).source
    assert source.issued is not None
    assert source.issued.iso() == "2024-09-16"
    assert source.publisher is None


def test_an_outlet_named_as_one_before_a_quoted_title_is_the_container() -> None:
    # the same post, note 3
    source = parse_citation(
        "USNI News, “700 Marines Deploying to Downtown Los Angeles” (June 9, 2025), "
        "https://news.usni.org/2025/06/09/700-marines-deploying-to-downtown-los-angeles"
    ).source
    assert source.container == "USNI News"
    assert source.contributors == ()


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (  # Carnegie Endowment, Feldstein 2019, note 49 (citations-fresh batch 26)
            "“Smart Cities: Utopian Vision, Dystopian Reality,” Privacy International, October "
            "2017, http://www.privacyinternational.org/report/638/smart-cities-utopian-vision-"
            "dystopian-reality",
            "Privacy International",
        ),
        (  # Lessig, Free Culture, introduction note 10 (citations-dev)
            "Amanda Lenhart, “The Ever-Shifting Internet Population: A New Look at Internet "
            "Access and the Digital Divide,” Pew Internet and American Life Project, 15 April "
            "2003: 6, available at link #2",
            "Pew Internet and American Life Project",
        ),
    ],
)
def test_the_body_that_issued_a_report_is_its_publisher(text: str, publisher: str) -> None:
    source = parse_citation(text).source
    assert (source.container, source.publisher) == (None, publisher)


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (  # Ticketmaster's help page (CRS R48179, note 3; citations-fresh batch 18): a site
            "“Purchase Policy,” Ticketmaster, https://help.ticketmaster.com/hc/en-us/articles/"
            "10468830739345-Purchase-Policy",
            "Ticketmaster",
        ),
        (  # an article in proceedings keeps them (citations-dev, Programming Historian)
            'Samuel Gehman et al., "RealToxicityPrompts: Evaluating Neural Toxic Degeneration in '
            'Language Models," Findings of the Association for Computational Linguistics '
            "(January 2020): 3362, https://aclanthology.org/2020.findings-emnlp.301.pdf",
            "Findings of the Association for Computational Linguistics",
        ),
    ],
)
def test_a_site_or_proceedings_after_a_quoted_title_stay_its_container(
    text: str, container: str
) -> None:
    assert parse_citation(text).source.container == container


def test_a_place_and_its_state_before_a_publisher_is_no_jurisdiction_label() -> None:
    # Carnegie Endowment, Feldstein 2019, note 44 (citations-fresh batch 26)
    note = (
        "Christopher Balding and Donald C. Clarke, “Who Owns Huawei?” SSRN Scholarly Paper, "
        "Rochester, NY: Social Science Research Network, April 17, 2019, "
        "https://papers.ssrn.com/abstract=3372669 ."
    )
    assert len(split_footnote(note)) == 1
    source = parse_citation(note).source
    assert source.publisher == "Social Science Research Network"
    assert source.url == "https://papers.ssrn.com/abstract=3372669"
    assert source.issued is not None
    assert source.issued.iso() == "2019-04-17"


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher"),
    [
        (  # Digital Humanities Quarterly 17.2, Fan 2023, works cited (citations-fresh batch 27)
            "Noble, Safiya Umoja. Algorithms of Oppression: How Search Engines Reinforce Racism. "
            "NYU Press, 2018.",
            ["Safiya Umoja Noble"],
            "Algorithms of Oppression: How Search Engines Reinforce Racism",
            "NYU Press",
        ),
        (
            "Strengers, Yolande and Jenny Kennedy. The Smart Wife: Why Siri, Alexa and Other "
            "Smart Home Devices Need a Feminist Reboot. MIT Press, 2020.",
            ["Yolande Strengers", "Jenny Kennedy"],
            "The Smart Wife: Why Siri, Alexa and Other Smart Home Devices Need a Feminist Reboot",
            "MIT Press",
        ),
        (
            "Rosner, Daniela K. Critical Fabulations: Reworking the Methods and Margins of "
            "Design. The MIT Press, 2018.",
            ["Daniela K. Rosner"],
            "Critical Fabulations: Reworking the Methods and Margins of Design",
            "The MIT Press",
        ),
        (
            "Benjamin, Ruha. Race after Technology: Abolitionist Tools for the New Jim Code.",
            ["Ruha Benjamin"],
            "Race after Technology: Abolitionist Tools for the New Jim Code",
            None,
        ),
    ],
)
def test_a_book_in_bibliography_order_each_part_a_sentence(
    text: str, authors: list[str], title: str, publisher: str | None
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert (source.title, source.container, source.publisher) == (title, None, publisher)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (  # the same works cited: three given names, and initials with no space
            "Chun, Wendy Hui Kyong. “On Software, or the Persistence of Visual Knowledge”. "
            "Grey Room, vol. 18, 2004, pp. 26–51.",
            "Wendy Hui Kyong Chun",
        ),
        (
            "Biersdorfer, J.D. “Put Alexa and Siri to Work: Voice-Activated Helpers can Automate "
            "Life’s Little Chores, Once you Get the Hang of Them”. The New York Times, 22 Jan "
            "2020, https://www.nytimes.com/2020/01/22/technology/personaltech/how-to-alexa-siri-"
            "assistant.html. Accessed 23 Mar 2021.",
            "J.D. Biersdorfer",
        ),
    ],
)
def test_an_inverted_name_with_three_given_names_or_joined_initials(text: str, author: str) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]


def test_an_editor_marked_ed_after_the_name_is_no_author() -> None:
    # CSET, AI for Military Decision-Making (2025), note 36 (citations-fresh batch 28)
    source = parse_citation(
        "Rhona H. Flin, ed., Decision Making under Stress: Emerging Themes and Applications, "
        "repr.\n(Aldershot: Ashgate, 2005)"
    ).source
    assert source.authors == ()
    assert source.title == "Decision Making under Stress: Emerging Themes and Applications"
    assert (source.container, source.publisher) == (None, "Ashgate")


def test_double_quotes_inside_a_single_quoted_title_are_part_of_it() -> None:
    # Good Data (INC), Ritsema van Eck, chapter 17 (citations-fresh batch 1)
    source = parse_citation(
        "Oskar Josef Gstrein and Gerard Jan Ritsema van Eck, 'Mobile Devices as Stigmatizing "
        'Security Sensors: The GDPR and a Future of Crowdsourced "Broken Windows"\', '
        "International Data Privacy Law 8.1 (2018): 70--74, DOI: 10.1093/idpl/ipx024"
    ).source
    assert source.title == (
        "Mobile Devices as Stigmatizing Security Sensors: The GDPR and a Future of "
        'Crowdsourced "Broken Windows"'
    )
    assert [c.display() for c in source.contributors] == [
        "Oskar Josef Gstrein",
        "Gerard Jan Ritsema van Eck",
    ]


def test_uploaded_by_names_a_channel_not_an_outlet() -> None:
    # Digital Humanities Quarterly 17.2, Fan 2023, works cited (citations-fresh batch 27)
    source = parse_citation(
        "“Meet Q: The First Genderless Voice - FULL SPEECH”. YouTube, uploaded by Meet Q - The "
        "First Genderless Voice, 8 Mar 2019, https://www.youtube.com/watch?v=lvv6zYOQqm0. "
        "Accessed 5 Apr 2021"
    ).source
    assert source.container == "YouTube"


def test_a_us_imprint_after_a_full_stop_is_no_jurisdiction_label() -> None:
    # The Community Schools Playbook (2018), note 22 (citations-fresh batch 29)
    note = (
        "Castrechini, S., & London, R. A. (2012). Positive student outcomes in community "
        "schools. Washington, DC: Center for American Progress."
    )
    assert len(split_footnote(note)) == 1
    assert parse_citation(note).source.publisher == "Center for American Progress"


def test_an_apa_short_form_names_its_authors_and_year() -> None:
    # the same notes, note 3
    source = parse_citation("Maier, A., Daniel, J., Oakes, J., & Lam, O. (2017).").source
    assert [c.display() for c in source.contributors] == [
        "A. Maier",
        "J. Daniel",
        "J. Oakes",
        "O. Lam",
    ]
    assert source.title is None
    assert source.issued is not None
    assert source.issued.iso() == "2017"


@pytest.mark.parametrize(
    ("text", "title", "court", "issued"),
    [
        (  # FRA and Council of Europe, Handbook on European data protection law (2018),
            # chapter 1 note 13 (citations-fresh batch 30)
            "ECtHR, Rotaru\nv. Romania [GC], No. 28341/95, 4 May 2000",
            "Rotaru v. Romania",
            "ECtHR",
            "2000-05-04",
        ),
        (  # note 6
            "CJEU, Joined cases C-293/12 and C-594/12, Digital Rights Ireland Ltd v. Minister for "
            "Communications,\nMarine and Natural Resources and Others and Kärntner Landesregierung "
            "and Others [GC], 8 April 2014",
            "Digital Rights Ireland Ltd v. Minister for Communications, Marine and Natural "
            "Resources and Others and Kärntner Landesregierung and Others",
            "CJEU",
            "2014-04-08",
        ),
    ],
)
def test_a_european_court_s_case_by_its_number_and_date(
    text: str, title: str, court: str, issued: str
) -> None:
    source = parse_citation(text).source
    assert (source.title, source.publisher, source.container) == (title, court, None)
    assert source.contributors == ()
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_cases_joined_by_or_and_a_signal_ending_in_a_colon() -> None:
    # the same handbook, note 16
    note = (
        "See, for example: ECtHR, Malone v. the United Kingdom, No. 8691/79, 2 August 1984; "
        "ECtHR, Copland\nv. the United Kingdom, No. 62617/00, 3 April 2007, or ECtHR, Mustafa "
        "Sezgin Tanrıkulu v. Turkey,\nNo. 27473/06, 18 July 2017."
    )
    titles = [parse_citation(note[s:e]).source.title for s, e in split_footnote(note)]
    assert titles == [
        "Malone v. the United Kingdom",
        "Copland v. the United Kingdom",
        "Mustafa Sezgin Tanrıkulu v. Turkey",
    ]


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (  # the same handbook, note 21
            "Council of Europe, Convention for the Protection of Individuals with regard to "
            "Automatic Processing of Personal Data, CETS No. 108, 1981",
            "Convention for the Protection of Individuals with regard to Automatic Processing of "
            "Personal Data",
            "CETS No. 108",
        ),
        (  # note 27
            "EU (2012), Charter of Fundamental Rights of the European Union, OJ 2012 C 326",
            "Charter of Fundamental Rights of the European Union",
            "OJ 2012 C 326",
        ),
    ],
)
def test_a_treaty_series_or_journal_keeps_its_number(text: str, title: str, container: str) -> None:
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, container)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (  # the same handbook, note 11
            "UN, General Assembly, Resolution on the right to privacy in the digital age, "
            "A/RES/68/167, New York, 18 December 2013",
            "UN, General Assembly",
            "Resolution on the right to privacy in the digital age",
        ),
        (  # note 23
            "Council of Europe, Committee of Ministers (1987), Recommendation Rec(87)15 to member "
            "states regulating the use of personal data in the police sector, Strasbourg, 17 "
            "September 1987",
            "Council of Europe, Committee of Ministers",
            "Recommendation Rec(87)15 to member states regulating the use of personal data in the "
            "police sector",
        ),
    ],
)
def test_a_body_and_its_organ_are_one_author(text: str, author: str, title: str) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title


@pytest.mark.parametrize(
    ("text", "container", "issued"),
    [
        (  # Belfer Center, Conway, Arctic Technical Cooperation (2026), bibliography entry 19
            # (citations-fresh batch 31)
            "Hancock, A. & Mooney, A. (2024). Russia ‘withholding’ vital climate data in the "
            "Arctic, warns Nato. Financial Times, October 28. https://www.ft.com/content/"
            "b7c143ad-d20e-4057-86cb-7c1a5b0de87f?syn-25a6b1a6=1",
            "Financial Times",
            "2024-10-28",
        ),
        (  # entry 9: a title that asks a question, a space before the comma
            "Devyatkin, P. (2021). Environmental Détente: What can we learn from the Cold War to "
            "manage today’s Arctic Tensions and Climate Crisis? The Arctic Institute , June 8. "
            "https://www.thearcticinstitute.org/environmental-detente-learn-cold-war-manage-todays"
            "-arctic-tensions-climate-crisis/",
            "The Arctic Institute",
            "2021-06-08",
        ),
    ],
)
def test_an_author_date_reference_with_its_outlet_then_the_day(
    text: str, container: str, issued: str
) -> None:
    source = parse_citation(text).source
    assert source.container == container
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_an_author_date_chapter_in_an_edited_book_and_its_us_imprint() -> None:
    # the same bibliography, entry 16
    note = (
        "Fikkan, A., Osherenko, G. & Arikainen, A. (1993). Polar Bears: The Importance of "
        "Simplicity. In Osherenko, G. & Young, O.R. (Eds), Polar Politics: Creating International "
        "Environmental Regimes (pp. 96-151). Ithaca, NY: Cornell University Press"
    )
    assert len(split_footnote(note)) == 1
    source = parse_citation(note).source
    assert source.title == "Polar Bears: The Importance of Simplicity"
    assert source.container == "Polar Politics: Creating International Environmental Regimes"
    assert source.publisher == "Cornell University Press"
    assert [c.display() for c in source.contributors][-1] == "A. Arikainen"


def test_a_year_range_in_parentheses_inside_a_title_does_not_end_the_reference() -> None:
    # the same bibliography, entry 8
    note = (
        "Collis, C. & Dodds, K. (2008). Assault on the unknown: the historical and political "
        "geographies of the International Geophysical Year (1957-8). Journal of Historical "
        "Geography 34(4), 555-573. https://www.doi.org/10.1016/j.jhg.2008.05.016"
    )
    assert len(split_footnote(note)) == 1
    assert parse_citation(note).source.container == "Journal of Historical Geography"


def test_a_citation_named_by_a_sentence_of_prose_before_its_author() -> None:
    # Eve, Warez (punctum books, 2021), chapter one, note 11 (citations-fresh batch 32)
    note = (
        "The economic character of the Warez Scene, on which this book expands, has already been "
        "addressed by Alf Rehn, “The Politics of Contraband: The Honor Economies of the Warez "
        "Scene,” The Journal of Socio-Economics 33, no. 3 (July 2004): 359–74."
    )
    source = parse_citation(note).source
    assert [c.display() for c in source.contributors] == ["Alf Rehn"]


def test_and_after_a_journal_s_pages_starts_the_next_citation() -> None:
    # the same chapter, note 19
    note = (
        "For just a couple of sources on the role of Napster and the growth of P2P sharing, see "
        "Raymond Shih Ray Ku, “The Creative Destruction of Copyright: Napster and the New "
        "Economics of Digital Technology,” The University of Chicago Law Review 69, no. 1 (2002): "
        "263–324, and Peter J. Alexander, “Peer-to-Peer File Sharing: The Case of the Music "
        "Recording Industry,” Review of Industrial Organization 20, no. 2 (2002): 151–61."
    )
    spans = split_footnote(note)
    assert len(spans) == 2
    second = parse_citation(note[spans[1][0] : spans[1][1]]).source
    assert [c.display() for c in second.contributors] == ["Peter J. Alexander"]


@pytest.mark.parametrize(
    ("text", "title", "pinpoint"),
    [
        # Jean, Option libre (Framabook, 2011), part I ch. 1, notes 9 and 11 (batch 34)
        ("Art. L111-2 CPI", "CPI", "Art. L111-2"),
        ("Art. L 111-1 al.3 CPI", "CPI", "Art. L 111-1"),
        ("Artículo 293 del COOP", "COOP", None),  # citations-dev, VE sin Filtro
    ],
)
def test_an_article_of_a_code_by_its_abbreviation(
    text: str, title: str, pinpoint: str | None
) -> None:
    parsed = parse_citation(text)
    assert parsed.source.title == title
    if pinpoint is not None:
        assert parsed.pinpoint == pinpoint


@pytest.mark.parametrize(
    ("text", "title", "court", "issued"),
    [
        (  # the same chapter, note 34
            "TGI Nanterre, 13 janv. 1993, H. de P c/ Framatome",
            "H. de P c/ Framatome",
            "TGI Nanterre",
            "1993-01-13",
        ),
        ("TGI Paris, 27 mars 1987", None, "TGI Paris", "1987-03-27"),  # note 31
    ],
)
def test_a_french_judgment_by_its_court_date_and_parties(
    text: str, title: str | None, court: str, issued: str
) -> None:
    source = parse_citation(text).source
    assert (source.title, source.publisher) == (title, court)
    assert source.issued is not None
    assert source.issued.iso() == issued


@pytest.mark.parametrize(
    ("text", "authors", "container"),
    [
        (  # Bruegel, The flaws in the EU's proposed Industrial Accelerator Act (2026),
            # references (citations-fresh batch 36)
            "Juhász, R., N. Lane and D. Rodrik (2024) ‘The New Economics of Industrial Policy’, "
            "Annual Review of Economics 16: 213-242, available at https://doi.org/10.1146/"
            "annurev-economics-081023-024638",
            ["R. Juhász", "N. Lane", "D. Rodrik"],
            "Annual Review of Economics",
        ),
        (
            "Pisani-Ferry, J., B. Weder di Mauro and J. Zettelmeyer (2024) ‘How to de-risk: "
            "European economic security in a world of interdependence’, Policy Brief 07/2024, "
            "Bruegel, available at https://www.bruegel.org/system/files/2024-05/PB%2007%202024.pdf",
            ["J. Pisani-Ferry", "B. Weder di Mauro", "J. Zettelmeyer"],
            None,
        ),
    ],
)
def test_author_date_names_the_first_inverted_the_others_not(
    text: str, authors: list[str], container: str | None
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert source.container == container


def test_a_body_s_press_release_by_its_date_and_an_eu_document_number() -> None:
    # Bruegel, The flaws in the EU's proposed Industrial Accelerator Act (2026), note 1 and
    # reference R4 (citations-fresh batch 36)
    release = parse_citation(
        "European Commission press release of 4 March 2026, ‘Commission proposes Industrial "
        "Accelerator Act to strengthen industry and create jobs in Europe’, "
        "https://ec.europa.eu/commission/presscorner/detail/en/ip_26_1"
    ).source
    assert [c.display() for c in release.contributors] == ["European Commission"]
    assert release.issued is not None
    assert release.issued.iso() == "2026-03-04"
    communication = parse_citation(
        "European Commission (2012) ‘A Stronger European Industry for Growth and Economic "
        "Recovery’, COM(2012) 582 final, available at https://eur-lex.europa.eu/LexUriServ/"
        "LexUriServ.do?uri=COM:2012:0582:FIN:EN:PDF"
    ).source
    assert communication.container is None


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (  # Hudson Institute, Software Defines Tactics (2022), note 2 (citations-fresh batch 35):
            # a space after the scheme, as a PDF's line break became one
            "Office of the Under Secretary of Defense. Program Acquisition Cost by Weapon System: "
            "Fiscal Year 2023 Budget Request. (Washington, DC: US Department of Defense, 2022), "
            "https:// comptroller.defense.gov/Portals/45/Documents/defbudget/ FY2023/"
            "FY2023_Weapons.pdf",
            "https://comptroller.defense.gov/Portals/45/Documents/defbudget/FY2023/FY2023_Weapons.pdf",
        ),
        (  # note 17: a space after "www."
            "Jon Porter, “America’s Nuclear Forces Finally Drop Ancient 8-Inch Floppy Disk "
            "System.” The Verge, October 25, 2019, https://www. theverge.com/2019/10/25/"
            "20931800/usa-nuclear-8-inch-floppy- disk-solid-state-transition",
            "https://www.theverge.com/2019/10/25/20931800/usa-nuclear-8-inch-floppy-disk-solid-"
            "state-transition",
        ),
        (  # note 9: the next address after a space is not joined to the first
            "IbisWorld, “Internet Traffic Volume,” Aug 11, 2022, https://www. ibisworld.com/us/bed/"
            "internet-traffic-volume/88089/ https://inno- vation.defense.gov/software/",
            "https://www.ibisworld.com/us/bed/internet-traffic-volume/88089/",
        ),
    ],
)
def test_a_space_a_pdf_put_after_the_scheme_or_www(text: str, url: str) -> None:
    assert parse_citation(text).source.url == url


def test_a_capitalised_particle_closing_a_name_is_its_family_name() -> None:
    # ITIF, How America Can Reduce Its Dependence on Chinese APIs (2026), note 17 (batch 33)
    authors, ok = split_authors("Qing Li, Jie Di and Qingqing Liu")
    assert ok
    assert [c.display() for c in authors] == ["Qing Li", "Jie Di", "Qingqing Liu"]


def test_a_body_whose_name_joins_two_remits_keeps_its_acronym() -> None:
    # ITIF, How America Can Reduce Its Dependence on Chinese APIs (2026), note 2 (batch 33)
    authors, ok = split_authors("U.S. Food and Drug Administration (FDA)")
    assert ok
    assert [c.display() for c in authors] == ["U.S. Food and Drug Administration (FDA)"]


def test_a_company_s_legal_form_after_a_comma_stays_in_its_name_among_authors() -> None:
    # Belfer Center, The Hidden Security Challenge (2026), note i (citations-fresh batch 31)
    authors, ok = split_authors("Association for Defense Communities and Converge Strategies, LLC")
    assert ok
    assert [c.display() for c in authors] == [
        "Association for Defense Communities",
        "Converge Strategies, LLC",
    ]


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (  # references R12, R13 and R16: an unquoted title, then its issuing body
            "Hufbauer, G.C., J.J. Schott, C. Cimino-Isaacs, M. Vieiro and E. Wada (2013) Local "
            "Content Requirements: A Global Problem , Peterson Institute for International "
            "Economics, available at https://www.piie.com/bookstore/local-content-requirements-"
            "global-problem",
            "Local Content Requirements: A Global Problem",
            "Peterson Institute for International Economics",
        ),
        (
            "IEA (2026) Energy Technology Perspectives 2026 , International Energy Agency, "
            "available at https://www.iea.org/reports/energy-technology-perspectives-2026",
            "Energy Technology Perspectives 2026",
            "International Energy Agency",
        ),
        (
            "Kuntze, J.-C. and T. Moerenhout (2013) Local Content Requirements and the Renewable "
            "Energy Industry – A Good Match? International Centre for Trade and Sustainable "
            "Development, available at https://unctad.org/system/files/non-official-document/"
            "DITC_TED_13062013_Study_ICTSD.pdf",
            "Local Content Requirements and the Renewable Energy Industry – A Good Match?",
            "International Centre for Trade and Sustainable Development",
        ),
        (  # reference R20: a German foundation issues the report
            "Resende Carvalho, L., E. Cornago, E. Höra and P. Jäger (2025) ‘Between a rock and a "
            "hard place: Europe’s clean tech industry between Trump’s policies and Chinese "
            "pressure’, Policy Brief , Bertelsmann Stiftung, available at https://www.bertelsmann-"
            "stiftung.de/fileadmin/files/user_upload/EZ_PB_Cleantech_2025_ENG.pdf",
            "Between a rock and a hard place: Europe’s clean tech industry between Trump’s "
            "policies and Chinese pressure",
            "Bertelsmann Stiftung",
        ),
    ],
)
def test_an_author_date_report_names_its_issuing_body_as_publisher(
    text: str, title: str, publisher: str
) -> None:
    # Bruegel, The flaws in the EU's proposed Industrial Accelerator Act (2026), references
    source = parse_citation(text).source
    assert (source.title, source.publisher, source.container) == (title, publisher, None)


def test_an_apa_report_s_publisher_or_outlet_after_the_title() -> None:
    # APA 7's report and news shapes; written for this test (the real ones above are Harvard)
    report = parse_citation("Smith, J. (2020). The Big Report. World Bank. https://worldbank.org/x")
    assert (report.source.title, report.source.publisher) == ("The Big Report", "World Bank")
    news = parse_citation("Smith, J. (2020). A Story. The Guardian. https://theguardian.com/x")
    assert (news.source.title, news.source.container) == ("A Story", "The Guardian")


def _citations(note: str) -> list[str]:
    return [note[start:end] for start, end in split_footnote(note)]


@pytest.mark.parametrize(
    ("text", "issued", "container", "authors"),
    [
        (  # note 1: the outlet, then the month and day that complete the year
            "Fieldhouse, Rachel (2026). “Why Europe barred China from flagship Horizon research "
            "programmes.” Nature. February 16. https://www.nature.com/articles/d41586-026-00435-w "
            ". Accessed: April 8, 2026",
            "2026-02-16",
            "Nature",
            ["Rachel Fieldhouse"],
        ),
        (  # note 4: no outlet, the month and day alone
            "European Commission and High Representative (2025). “Strengthening EU economic "
            "security.” December 3. https://circabc.europa.eu/ui/group/7fc51410 . Accessed: "
            "April 8, 2026",
            "2025-12-03",
            None,
            ["European Commission", "High Representative"],
        ),
        (  # note 7: the outlet named as author too is the outlet only
            "Reuters (2025). “How the Nexperia chip crisis upended auto supply chains – again.” "
            "Reuters. November 24. https://www.reuters.com/business/autos-transportation/how-"
            "nexperia-chip-crisis-upended-auto-supply-chains-again-2025-11-24/ . Accessed: April "
            "8, 2026",
            "2025-11-24",
            "Reuters",
            [],
        ),
        (  # note 16: a report's genre and number is no outlet
            "Laha, Michael (2025). “Chinese Export Controls on Cathode Technology: The EU Must "
            "Increase Insight into Supply Chains.” DGAP Memo No. 54. December 18. https://dgap.org/"
            "en/research/publications/chinese-export-controls-cathode-technology . Accessed: "
            "April 9, 2026",
            "2025-12-18",
            None,
            ["Michael Laha"],
        ),
        (  # note 15: the first name inverted, the others given first, an Oxford comma
            "Arcesati, Rebecca, François Chimits, and Antonia Hmaidi (2024). “Keeping value "
            "chains at home.” MERICS Report. August 8. https://merics.org/en/report/keeping-value-"
            "chains-home . Accessed: April 9, 2026",
            "2024-08-08",
            None,
            ["Rebecca Arcesati", "François Chimits", "Antonia Hmaidi"],
        ),
    ],
)
def test_an_author_date_quoted_title_then_its_outlet_and_day(
    text: str, issued: str, container: str | None, authors: list[str]
) -> None:
    # MERICS for the ETNC, Fragmented Europe (2026), EU chapter's notes (citations-fresh 38)
    source = parse_citation(text).source
    assert source.issued is not None
    assert source.issued.iso() == issued
    assert source.container == container
    assert [c.display() for c in source.contributors] == authors


def test_a_month_and_day_after_a_document_number_do_not_start_a_citation() -> None:
    # MERICS, Fragmented Europe (2026), EU chapter note 14 (citations-fresh batch 38)
    note = (
        "Council of the European Union (2026). “Proposal for a Regulation of the European "
        "Parliament and of the Council on the screening of foreign investments in the Union and "
        "repealing Regulation.” Document 2024/0017 (COD). February 10. https://data.consilium."
        "europa.eu/doc/document/ST-6254-2026-INIT/en/pdf . Accessed: April 9, 2026; European "
        "Commission (n.d.) “The Net-Zero Industry Act.” https://single-market-economy.ec.europa."
        "eu/industry/sustainability/net-zero-industry-act_en . Accessed: April 9, 2026."
    )
    first, second = _citations(note)
    assert first.endswith("Accessed: April 9, 2026")
    assert parse_citation(first).source.issued.iso() == "2026-02-10"  # type: ignore[union-attr]
    assert second.startswith("European Commission (n.d.)")


def test_author_date_with_a_colon_splits_at_commas_and_and() -> None:
    # interface, The UN's New Global Mechanism on Cybersecurity (2026), notes 11 and 2 (batch 37)
    note = (
        "France, Egypt et al. (2020): The future of discussions on ICTs and cyberspace at the UN "
        ", France, Egypt et al. (2021): Working paper for a Programme of Action (PoA) to advance "
        "responsible State behavior in the use of ICTs in the context of international security "
        ", United Nations General Assembly (2022): Programme of action to advance responsible "
        "State behaviour in the use of information and communications technologies in the "
        "context of international security (A/RES/77/37) ."
    )
    parts = _citations(note)
    assert len(parts) == 3
    third = parse_citation(parts[2]).source
    assert third.title == (
        "Programme of action to advance responsible State behaviour in the use of information "
        "and communications technologies in the context of international security"
    )
    assert [c.display() for c in third.contributors] == ["United Nations General Assembly"]
    assert third.issued is not None
    assert third.issued.iso() == "2022"
    other = (
        "On the latter, see, for example, Allison Pytlak (2024): Addressing International Cyber "
        "Peace and Security - What Role for the UN Security Council?, Stimson Center and "
        "Security Council Report (n.d.): Technologies ."
    )
    first, second = _citations(other)
    assert first.endswith("Stimson Center")
    assert second.startswith("Security Council Report")
    pytlak = parse_citation(first).source
    assert [c.display() for c in pytlak.contributors] == ["Allison Pytlak"]
    assert pytlak.publisher == "Stimson Center"


def test_author_date_with_a_colon_after_prose_and_its_chapter_in_a_book() -> None:
    # interface (2026), note 1 (citations-fresh batch 37)
    note = (
        "For further information, see, for example, Ruhl et al. (2020): Cyberspace and "
        "Geopolitics: Assessing Global Cybersecurity Norm Processes at a Crossroads . For a "
        "personal account (from the U.S. perspective) on these developments, see Michele "
        "Markoff (2025): The Origins of Cyber Diplomacy: Great Power Cyber Competition and "
        "Rapprochement in the United Nations 1998–2021, in: Andrea Salvi, Heli Tiirmaa-Klaar, "
        "and James Andrew Lewis (eds.): A Handbook for the Practice of Cyber Diplomacy ."
    )
    first, second = _citations(note)
    assert "Ruhl" in first
    assert "Markoff" not in first
    chapter = parse_citation(second).source
    assert chapter.title == (
        "The Origins of Cyber Diplomacy: Great Power Cyber Competition and Rapprochement in the "
        "United Nations 1998–2021"
    )
    assert chapter.container == "A Handbook for the Practice of Cyber Diplomacy"


@pytest.mark.parametrize(
    ("text", "authors", "title", "issued"),
    [
        (
            "Minute Reith to COSSEC, 21 March 2003, ‘Phase IV Planning – Taking Stock’.",
            ["Reith"],
            "Phase IV Planning – Taking Stock",
            "2003-03-21",
        ),
        (
            "Telegram 501 UKMIS New York to FCO London, 21 March 2003, ‘Iraq Humanitarian/"
            "Reconstruction:\nClare Short’s Visit to New York’.",
            ["UKMIS New York"],
            "Iraq Humanitarian/Reconstruction: Clare Short’s Visit to New York",
            "2003-03-21",
        ),
        (
            "Minute Straw and Hoon to Prime Minister, 19 March 2003, ‘Iraq: UK Military "
            "Contribution\nto post‑conflict Iraq’.",
            ["Straw", "Hoon"],
            "Iraq: UK Military Contribution to post‑conflict Iraq",
            "2003-03-19",
        ),
        ("Statement Blair, 14 January 2011, page 14.", ["Blair"], "Statement Blair", "2011-01-14"),
        (
            "Paper [SPG], 13 December 2002, ‘UK Military Strategic Thinking on Iraq’.",
            ["SPG"],
            "UK Military Strategic Thinking on Iraq",
            "2002-12-13",
        ),
    ],
)
def test_a_government_file_s_papers_by_genre_sender_and_date(
    text: str, authors: list[str], title: str, issued: str
) -> None:
    # The Report of the Iraq Inquiry, Executive Summary (2016), notes 201-228 (batch 39)
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert source.title == title
    assert source.issued is not None
    assert source.issued.iso() == issued
    assert source.container is None


def test_a_paper_attached_to_a_minute_is_a_citation_of_its_own() -> None:
    # The Report of the Iraq Inquiry, Executive Summary, notes 202 and 220 (batch 39)
    note = (
        "Minute CDS to CJO, 18 March 2003, ‘Op TELIC: Authorisation for Military Operations in "
        "Iraq’ attaching\nPaper CDS, ‘Chief of Defence Staff Execute Directive to the Joint "
        "Commander for Operation TELIC\n(Phases 3 and 4)’."
    )
    first, second = _citations(note)
    assert first.endswith("Iraq’")
    assert second.startswith("Paper CDS")
    comment = (
        "Manuscript comment Powell to Manning on Letter McDonald to Manning, 26 September 2002."
    )
    assert len(_citations(comment)) == 2
    prose = "The minute went to the Cabinet Office attaching a copy, 18 March 2003."
    assert len(_citations(prose)) == 1


@pytest.mark.parametrize(
    ("text", "authors", "title", "issued"),
    [
        (  # entry B28: three authors, the first inverted
            "Boyce, George, James Curran and Pauline Wingate. Newspaper History from The "
            "Seventeenth Century to the Present Day. Constable, 1978",
            ["George Boyce", "James Curran", "Pauline Wingate"],
            "Newspaper History from The Seventeenth Century to the Present Day",
            "1978",
        ),
        (  # entry B30: editors are not authors
            "Brake, Laurel, Aled Jones and Lionel Madden (eds). Investigating Victorian "
            "Journalism. Palgrave, 1990",
            [],
            "Investigating Victorian Journalism",
            "1990",
        ),
        (  # entry B18: a report's imprint with its day, its address and access date
            "Barrall, Kelly and Christine Guenther. Microfilm Selection for Digitization. OCLC "
            "Preservation Service Centers, 17 May 2005. http://www.loc.gov/ndnp/guidelines/"
            "NEH_MicrofilmSelectionNDNP.pdf. Accessed 6 December 2019",
            ["Kelly Barrall", "Christine Guenther"],
            "Microfilm Selection for Digitization",
            "2005-05-17",
        ),
    ],
)
def test_an_mla_bibliography_book_with_several_authors_or_editors(
    text: str, authors: list[str], title: str, issued: str
) -> None:
    # Oceanic Exchanges, The Atlas of Digitised Newspapers and Metadata (2020), bibliography
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert (source.title, source.container) == (title, None)
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_mla_medium_and_a_database_s_genre_are_no_publisher_or_title() -> None:
    # Oceanic Exchanges, The Atlas of Digitised Newspapers and Metadata (2020), B2 and B37
    page = parse_citation(
        "“Access.” National Library of Australia, 2014. Web. https://www.nla.gov.au/australian-"
        "newspaper-plan/about/access Accessed 29 November 2019"
    ).source
    assert page.publisher != "Web"
    database = parse_citation(
        "British Library Newspapers Part I: 1800–1900. Database. Gale: A Cengage Company, 2013. "
        "https://www.gale.com/intl/c/british-library-newspapers-part-i Accessed 29 November 2019"
    ).source
    assert database.title == "British Library Newspapers Part I: 1800–1900"


def test_an_address_typed_in_angle_brackets_needs_no_scheme() -> None:
    # KABK thesis, Topography of Violence (2022), note 1 (citations-fresh batch 45)
    text = (
        "Mulvey, Stephen. The Long Echo of WW2 Trauma. BBC News, BBC, 7 June 2019, "
        "<bbc.com/news/stories-48528841>"
    )
    assert [u.url for u in find_urls(text)] == ["bbc.com/news/stories-48528841"]
    assert find_urls("write to <a.b@example.org> or see <i>this</i>") == []
    source = parse_citation(text).source
    assert (source.title, source.container) == ("The Long Echo of WW2 Trauma", "BBC News")
    assert source.issued is not None
    assert source.issued.iso() == "2019-06-07"


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (  # note 24: three names, the first inverted; a book with MLA 7's medium and a page
            "Koselleck, Reinhart, Sean Franzel, and Stefan-Ludwig Hoffmann. Sediments of Time: On "
            "Possible Histories. Stanford University Press, 2020. Print. 218.",
            ["Reinhart Koselleck", "Sean Franzel", "Stefan-Ludwig Hoffmann"],
            "Sediments of Time: On Possible Histories",
        ),
        (  # note 19: a quotation opens the note, the year alone after the title
            "A material witness is essentially the record of an event that is captured in "
            "human-made and natural material.  “Material witnesses enable us to perceive contested "
            "orders of knowledge and their corresponding truth claims.” Schuppli, Susan. Material "
            "Witness: Media, Forensics, Evidence. 2020. Print. p.40.",
            ["Susan Schuppli"],
            "Material Witness: Media, Forensics, Evidence",
        ),
        (  # note 22: a quotation, then an MLA chapter with its quoted title
            '"The true death toll was concealed by the authorities. A later study in 2012 '
            'estimates a more accurate count." Harran, Marilyn. "Epilogue: The Aftermath". The '
            "Holocaust Chronicle (1st ed.). Publications International, 2000. pp. 655–698.",
            ["Marilyn Harran"],
            "Epilogue: The Aftermath",
        ),
    ],
)
def test_an_mla_entry_after_a_quotation_or_with_its_medium(
    text: str, authors: list[str], title: str
) -> None:
    # KABK thesis, Topography of Violence (2022), notes (citations-fresh batch 45)
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert source.title == title


def test_bluebook_signals_citing_clauses_supra_and_explanatory_parentheticals() -> None:
    # Arbel, Goldstein and Salib, How to Count AIs (2026), notes 6, 12, 13, 5 (batch 46)
    herbosch = parse_citation(
        "Cf, e.g., Maarten Herbosch, Liability for AI Agents, 26 N.C. J. L. & Tech. 391 (2025)"
    ).source
    assert [c.display() for c in herbosch.contributors] == ["Maarten Herbosch"]
    assert herbosch.title == "Liability for AI Agents"
    note = (
        "See, e.g., Ayers & Balkin, supra. Maarten Herbosch, Liability for AI Agents, 26 N.C. "
        "J.L. & Tech. 391 (2025) (considering the allocation of liability to human principals "
        "for agentic harms)."
    )
    assert len(_citations(note)) == 2
    cited = (
        "Jack Balkin, The Path of Robotics Law, 6 Calif. L. Rev. Circuit 45, at 45 (2015), citing, "
        "in agreement, Ryan Calo, Robotics and the Lessons of Cyberlaw, 103 Calif. L. Rev. 513, "
        "514–15 (2015)."
    )
    _first, second = _citations(cited)
    assert second.startswith("Ryan Calo")
    jassy = parse_citation(
        "See Andy Jassy, Message from CEO Andy Jassy: Some Thoughts on Generative AI, (June 17, "
        "2025), https://www.aboutamazon.com/news/company-news/amazon-ceo-andy-jassy-on-"
        "generative-ai (predicting “billions of these agents”)"
    ).source
    assert jassy.title != "billions of these agents"


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (  # Parsons thesis, Opioids (2019), note 5 (citations-fresh batch 47)
            '”Acute Pain vs. Chronic Pain." Cleveland Clinic. Accessed May 11, 2019. '
            "https://my.clevelandclinic.org/health/articles/12051-acute-vs-chronic-pain",
            "Acute Pain vs. Chronic Pain",
            "Cleveland Clinic",
        ),
        (  # the same reversed pair as MERICS note 28 prints it (written for this test)
            "”Nvidia can sell H200 AI chips to China, Donald Trump says.“ Reuters. December 9.",
            "Nvidia can sell H200 AI chips to China, Donald Trump says",
            "Reuters",
        ),
    ],
)
def test_a_citation_opening_with_a_reversed_quotation_mark(
    text: str, title: str, container: str
) -> None:
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, container)
    assert source.raw == text  # the raw text is kept as printed
    assert source.contributors == ()


@pytest.mark.parametrize(
    ("text", "title", "container", "publisher", "issued"),
    [
        (  # note 1: a book's imprint in parentheses after its unquoted title
            "Bratton, Benjamin H. (2015), The Stack: On Software and Sovereignty (Cambridge, MA: "
            "MIT Press), <http://www.vlebooks.com/vleweb/product/openreader?id=Goldsmiths&isbn="
            "9780262330183> [accessed 7 May 2026]",
            "The Stack: On Software and Sovereignty",
            None,
            "MIT Press",
            "2015",
        ),
        (  # note 2: a journal's volume.issue is no part of its name
            "Dal Maso, Giulia (2022), ‘The Promethean Ant Forest: Alibaba’s App as a "
            "Financialising Environmental Tool’, Made in China Journal 7.2, 144–49, "
            "<https://www.researchgate.net/"
            "publication/368479256> [accessed 8 May 2026]",
            "The Promethean Ant Forest: Alibaba’s App as a Financialising Environmental Tool",
            "Made in China Journal",
            None,
            "2022",
        ),
        (  # note 5: the site, then the day and month that complete the year
            "Hayden, Hugh (2026), ‘Niantic Spatial & The Large Geospatial Model’, Niantic Spatial, "
            "Inc., 13 January, <https://www.nianticspatial.com/blog/world-models-2026> [accessed 8 "
            "May 2026]",
            "Niantic Spatial & The Large Geospatial Model",
            "Niantic Spatial, Inc.",
            None,
            "2026-01-13",
        ),
    ],
)
def test_mhra_author_date_references(
    text: str, title: str, container: str | None, publisher: str | None, issued: str
) -> None:
    # Goldsmiths, Critical Computational Arts Research 01, Doganis's end notes (batch 50)
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, container)
    if publisher is not None:
        assert source.publisher == publisher
    assert source.issued is not None
    assert source.issued.iso() == issued


@pytest.mark.parametrize(
    ("text", "authors", "title", "container"),
    [
        (  # WS7: family names then initials with no full stops, a straight single-quoted title
            "Davis SJ and von Wachter T (2011) 'Recessions and the costs of job loss', Brookings "
            "Papers on Economic Activity, 42(2):1-72",
            ["SJ Davis", "T von Wachter"],
            "Recessions and the costs of job loss",
            None,  # the journal after a straight-quoted title is not read yet
        ),
        (  # WS1: an acronym and its expansion before the year, a site named "… website"
            "ABS (Australian Bureau of Statistics) (2026) Labour force, Australia, July 2026, ABS "
            "website, accessed 21 September 2026. https://www.abs.gov.au/statistics/labour/"
            "employment-and-unemployment/labour-force-australia/jul-2026",
            ["ABS (Australian Bureau of Statistics)"],
            "Labour force, Australia, July 2026",
            "ABS website",
        ),
    ],
)
def test_the_australian_style_manual_s_author_date(
    text: str, authors: list[str], title: str, container: str | None
) -> None:
    # RMIT ECON1626 students' policy proposals (2026), reference lists (citations-fresh batch 56)
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert source.title == title
    if container is not None:
        assert source.container == container


def test_a_body_and_its_place_are_no_family_name_and_initials() -> None:
    # Ada Lovelace Institute (2021), note 12 (citations-fresh batch 10): "Co-operatives UK (2021)"
    source = parse_citation(
        "Co-operatives UK (2021). Understanding co‑ops. [online] uk.coop. Available at: "
        "https://www.uk.coop/understanding-co-ops [Accessed 18 Feb. 2021]"
    ).source
    assert [c.display() for c in source.contributors] == ["Co-operatives UK"]


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (  # S6: a working paper's number where an outlet would stand, then the link's text
            'Knittel, C.R., Senga, J.R.L. & Wang, S. (2025). "Flexible Data Centers and the Grid: '
            'Lower Costs, Higher Emissions?" NBER Working Paper 34065. Link',
            "Flexible Data Centers and the Grid: Lower Costs, Higher Emissions?",
            None,
        ),
        (  # S7: a preprint's identifier
            'Ren, P., Sun, W., Wang, Y. & Harrison, G. (2025). "Grid Frequency Stability Support '
            'Potential of Data Center." arXiv:2510.01050. Link',
            "Grid Frequency Stability Support Potential of Data Center",
            None,
        ),
        (  # S20: a laboratory's report number
            'Vaidhynathan et al. (2025). "Vulcan Test Platform: Demonstrating the Data Center as a '
            'Flexible Grid Asset." NREL/TP-2C00-94844',
            "Vulcan Test Platform: Demonstrating the Data Center as a Flexible Grid Asset",
            None,
        ),
        (  # S25: the link's printed text after an unquoted title
            "Green Software Foundation. SCI Specification v1.1.0. Link",
            "SCI Specification v1.1.0",
            None,
        ),
    ],
)
def test_a_report_number_and_a_link_s_printed_text_are_no_fields(
    text: str, title: str, container: str | None
) -> None:
    # Green Software Foundation, SCI white paper on Ofgem's reform (2026), Sources (batch 52)
    source = parse_citation(text).source
    assert source.title == title
    assert source.container == container
    assert source.raw == text  # the link's text stays in what was printed


def test_an_executive_order_s_number_holds_no_year() -> None:
    # RAND, comments on OMB's rule (CP-A5111-1, 2026), note 4 (citations-fresh batch 59): the
    # last four digits of "14303," are no bare APA year
    source = parse_citation(
        "Executive Order 14303, “Restoring Gold Standard Science,” Executive Office of the "
        "President, May 23, 2025"
    ).source
    assert source.issued is not None
    assert source.issued.iso() == "2025-05-23"
    assert source.title == "Restoring Gold Standard Science"


@pytest.mark.parametrize(
    ("text", "title", "container", "publisher"),
    [
        (  # note 1: the publisher of a book's imprint is no outlet, whoever reads it
            "Robert Jackson, Sovereignty: The Evolution of an Idea (Cambridge: Polity, 2007)",
            "Sovereignty: The Evolution of an Idea",
            None,
            "Polity",
        ),
        (  # note 2: a book's title holds a comma
            "Wendy Brown, Walled States, Waning Sovereignty (New York: Zone Books, 2010)",
            "Walled States, Waning Sovereignty",
            None,
            "Zone Books",
        ),
        (  # note 2: the editors before the book, with a comma and "ed.,"
            'Arjun Appadurai, "Sovereignty without Territoriality: Notes for a Postnational '
            'Geography," in Patricia Yaeger, ed., The Geography of Identity (Ann Arbor: University '
            "of Michigan Press, 1996), 40--58",
            "Sovereignty without Territoriality: Notes for a Postnational Geography",
            "The Geography of Identity",
            "University of Michigan Press",
        ),
        (  # note 2: "et al., eds.,"
            'John L. Comaroff and Jean Comaroff, "Reflections on the Anthropology of Law, '
            'Governance, and Sovereignty," in Franz von Benda-Beckmann et al., eds., Rules of Law '
            "and Laws of Ruling: On the Governance of Law (Surrey, UK: Ashgate, 2009), 31--60",
            "Reflections on the Anthropology of Law, Governance, and Sovereignty",
            "Rules of Law and Laws of Ruling: On the Governance of Law",
            "Ashgate",
        ),
    ],
)
def test_chicago_books_and_chapters_with_their_editors_first(
    text: str, title: str, container: str | None, publisher: str
) -> None:
    # Bonilla and Hantel, "Visualizing Sovereignty", sx archipelagos 1 (2016) (batch 63)
    source = parse_citation(text).source
    assert (source.title, source.container, source.publisher) == (title, container, publisher)


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        ("McCullough, McGeary, and Harrison (2008)", ["McCullough", "McGeary", "Harrison"]),
        ("See Baldwin and Mvukiyehe (2015) for an example.", ["Baldwin", "Mvukiyehe"]),
        ("StataCorp, LLC (2019)", ["StataCorp, LLC"]),
        ("Legovini, Di Maro, and Piza (2015)", ["Legovini", "Di Maro", "Piza"]),
    ],
)
def test_author_date_pointers_with_several_names(note: str, authors: list[str]) -> None:
    # World Bank, DIME Analytics Data Handbook (2021), Introduction's notes (batch 65)
    (citation,) = _parse_note(note)
    assert [c.display() for c in citation.source.contributors] == authors
    assert citation.source.title is None


def test_signals_with_a_colon_and_a_topic_before_them() -> None:
    # Truth and Reconciliation Commission of Canada, Summary of the Final Report (2015),
    # endnotes 4, 5 and 25 of "Closing Words" (batch 67)
    oka = _parse_note(
        "For various perspectives on the events at Oka, see, for example: Alfred, Heeding the "
        "Voices; Miller, Lethal Legacy; Simpson and Ladner, This is an Honour Song."
    )
    assert [(c.source.title, [a.display() for a in c.source.contributors]) for c in oka] == [
        ("Heeding the Voices", ["Alfred"]),
        ("Lethal Legacy", ["Miller"]),
        ("This is an Honour Song", ["Simpson", "Ladner"]),
    ]
    (media,) = _parse_note(
        "On the place of media in shaping popular opinion on the role of warriors in conflicts "
        "with the state,\nsee: Valaskakis, Indian Country."
    )
    assert media.source.title == "Indian Country"
    assert [a.display() for a in media.source.contributors] == ["Valaskakis"]
    church = _parse_note(
        "Sison, “Primate’s Commission.” See also: Anglican Church of Canada, “Message to the "
        "Church,” http://www.anglican.ca/primate/communications/commission-on-discovery-"
        "reconciliation-justice. See also: Anglican Church of Canada, “Learning to Call One "
        "Another Friends,” http://www. anglican.ca/primate/files/2014/06/PCDRJ_June2014_Update.pdf."
    )
    assert [c.source.title for c in church] == [
        "Primate’s Commission",
        "Message to the Church",
        "Learning to Call One Another Friends",
    ]


@pytest.mark.parametrize(
    ("text", "title", "container", "issued"),
    [
        (  # note 17: OSCOLA's web source, the site and the date in parentheses
            "Ben Thompson, ‘The TikTok War’ (Stratechery by Ben Thompson, 14 July 2020)",
            "The TikTok War",
            "Stratechery by Ben Thompson",
            "2020-07-14",
        ),
        (  # note 3: no author
            "‘Number of Monthly Active Facebook Users Worldwide as of 2nd Quarter 2020’ "
            "(Statista, July 2020)",
            "Number of Monthly Active Facebook Users Worldwide as of 2nd Quarter 2020",
            "Statista",
            "2020-07",
        ),
        (  # note 24: a Strasbourg judgment by its year and application number
            "Marina v Romania [2020] App. No. 50469/14, para 74",
            "Marina v Romania",
            None,
            "2020",
        ),
        (  # note 10: EU legislation with its Official Journal
            "Directive 2000/31/EC of the European Parliament and of the Council of 8 June 2000 in "
            "the Internal Market [2000] OJ L 178/1",
            "Directive 2000/31/EC of the European Parliament and of the Council of 8 June 2000 in "
            "the Internal Market",
            "OJ L 178",
            "2000-06-08",
        ),
        (  # note 31: a US statute in the Code
            "Digital Millennium Copyright Act (USA) 17 U.S. Code § 512",
            "Digital Millennium Copyright Act",
            "U.S. Code",
            None,
        ),
    ],
)
def test_oscola_web_sources_judgments_eu_acts_and_statutes(
    text: str, title: str, container: str | None, issued: str | None
) -> None:
    # HIIG, Freedom of Expression in the Digital Public Sphere (policy brief, 2020) (batch 64)
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, container)
    assert (source.issued.iso() if source.issued else None) == issued


def test_a_site_s_genre_in_parentheses_is_not_its_name() -> None:
    # Army Cyber Institute, Jack Voltaic 3.0 Cyber Research Report (2021), note 30 (batch 62)
    source = parse_citation(
        "“Cost of a Data Breach Report 2020,” IBM (website), n.d., "
        "https://www.ibm.com/security/data-breach"
    ).source
    assert source.container == "IBM"


@pytest.mark.parametrize(
    ("text", "authors", "title", "container", "issued"),
    [
        (  # note 9: the paper abbreviated, a page after the date, a parenthetical
            "Peter Grant, Companies Try New Ways to Boost Web Video Quality, Wall St. J., Oct. 9, "
            "2007, at B10 (discussing the use of torrent technology to transmit high quality "
            "video files)",
            ["Peter Grant"],
            "Companies Try New Ways to Boost Web Video Quality",
            "Wall St. J.",
            "2007-10-09",
        ),
        (  # note 14
            "Peter Svensson, Comcast Blocks Some Internet Traffic, Wash. Post, Oct. 19, 2007, "
            "available at http://www.washingtonpost.com/wp-dyn/content/article/2007/10/19/"
            "AR2007101900842.html",
            ["Peter Svensson"],
            "Comcast Blocks Some Internet Traffic",
            "Wash. Post",
            "2007-10-19",
        ),
        (  # note 1: a case by its docket number
            "Comcast Corp. v FCC, No. 08-1291 (D.C. Cir. filed Sept. 4, 2008)",
            [],
            "Comcast Corp. v FCC",
            None,
            "2008-09-04",
        ),
    ],
)
def test_bluebook_newspapers_and_docketed_cases(
    text: str, authors: list[str], title: str, container: str | None, issued: str
) -> None:
    # Gioia, "FCC Jurisdiction over ISPs in Protocol-Specific Bandwidth Throttling", 15 Mich.
    # Telecomm. Tech. L. Rev. 517 (2009) (citations-fresh batch 60)
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert (source.title, source.container) == (title, container)
    assert source.issued is not None
    assert source.issued.iso() == issued


@pytest.mark.parametrize(
    ("text", "author", "title", "container", "issued"),
    [
        (
            "Henry Clarke Wright to Elizabeth Pease, March 13, 1844, Garrison Family Papers, "
            "Houghton Library, Harvard University, bMS, Am 1906 (653)",
            "Henry Clarke Wright",
            "Henry Clarke Wright to Elizabeth Pease",
            "Garrison Family Papers",
            "1844-03-13",
        ),
        (  # initials for both, the edition's volume and page after its abbreviation
            "WLG to MWC, July 19, 1848, LWLG 3:568",
            "WLG",
            "WLG to MWC",
            "LWLG",
            "1848-07-19",
        ),
    ],
)
def test_a_historian_s_letters_writer_to_recipient_date_collection(
    text: str, author: str, title: str, container: str, issued: str
) -> None:
    # W. Caleb McDaniel, "Trusting the Water Cure" (SHEAR 2012), notes 4 and 13 (batch 72)
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert (source.title, source.container) == (title, container)
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_a_journal_glued_to_its_volume_where_italics_lost_their_spaces() -> None:
    # U.S. Treasury, "Racial Inequality in the United States" (2022), note 9 (batch 69)
    source = parse_citation(
        "Pfeffer, Fabian T., and Alexandra Killewald. 2018. “Generations of Advantage: "
        "Multigenerational Correlations in Family Wealth.”Social Forces96 (4): 1411-42"
    ).source
    assert source.container == "Social Forces"


def test_a_live_address_then_its_internet_archive_copy_is_one_citation() -> None:
    # EDGI, Changing the Digital Climate (2018), note 18 (citations-fresh batch 70)
    (citation,) = _parse_note(
        "“Climate Change Funding and Management,” U.S. Government Accountability Office, "
        "http://www.gao.gov/key_issues/climate_change_funding_management/issue_summary#t=0. "
        "Internet Archive, accessed December 14, 2017, https://web.archive.org/web/"
        "20171214142411/http://www.gao.gov/key_issues/climate_change_funding_management/"
        "issue_summary."
    )
    source = citation.source
    assert source.url == (
        "http://www.gao.gov/key_issues/climate_change_funding_management/issue_summary#t=0"
    )
    assert source.container == "U.S. Government Accountability Office"
    assert source.contributors == ()
    assert source.accessed is not None
    assert source.accessed.isoformat() == "2017-12-14"


def test_a_federal_rule_s_agencies_a_code_s_levels_and_an_executive_order() -> None:
    # RAND, comments on OMB's proposed rule (CP-A5111-1, 2026), notes 1, 7 and 4 (batch 59)
    (rule,) = _parse_note(
        "Office of Federal Financial Management, Office of Management and Budget; Department of "
        "Health and Human Services; Department of Agriculture; Department of Transportation, et "
        "al., “Regulation for Federal Financial Assistance,” Federal Register, Vol. 91, No. 102, "
        "May 29, 2026."
    )
    assert [c.display() for c in rule.source.contributors] == [
        "Office of Federal Financial Management, Office of Management and Budget",
        "Department of Health and Human Services",
        "Department of Agriculture",
        "Department of Transportation",
    ]
    assert rule.source.title == "Regulation for Federal Financial Assistance"
    levels = _parse_note(
        "Code of Federal Regulations, Title 2, Federal Financial Assistance; Subtitle A, Office of "
        "Management and Budget Guidance for Federal Financial Assistance; Chapter II, Office of "
        "Management and Budget Guidance; Part 200, Uniform Administrative Requirements, Cost "
        "Principles, and Audit Requirements for Federal Awards; Subpart E, Cost Principles; Code "
        "of Federal Regulations, Title 2, Federal Financial Assistance; Part 200, Uniform "
        "Administrative Requirements, Cost Principles, and Audit Requirements for Federal Awards; "
        "Appendix VIII to Part 200— Nonprofit Organizations Exempted from Subpart E of Part 200."
    )
    assert [(c.source.title, c.source.container) for c in levels] == [
        ("Cost Principles", "Code of Federal Regulations"),
        (
            "Nonprofit Organizations Exempted from Subpart E of Part 200",
            "Code of Federal Regulations",
        ),
    ]
    order = parse_citation(
        "Executive Order 14303, “Restoring Gold Standard Science,” Executive Office of the "
        "President, May 23, 2025"
    ).source
    assert [c.display() for c in order.contributors] == ["Executive Office of the President"]
    assert order.container is None


@pytest.mark.parametrize(
    ("note", "authors", "container", "issued"),
    [
        ("Lepore 133.", ["Lepore"], None, None),
        ("Van Slyck 6.", ["Van Slyck"], None, None),
        ("World's Fair Bulletin 3 (1901), 41.", [], "World's Fair Bulletin", "1901"),
    ],
)
def test_short_forms_by_a_name_and_a_page_or_a_periodical_s_volume(
    note: str, authors: list[str], container: str | None, issued: str | None
) -> None:
    # Muñoz and Rawson, "When a Woman Collects Menus" (Curating Menus, 2014) (batch 68)
    source = parse_citation(note).source
    assert [c.display() for c in source.contributors] == authors
    assert source.title is None
    assert source.container == container
    assert (source.issued.iso() if source.issued else None) == issued


def test_a_section_number_is_no_author_s_short_form() -> None:
    assert parse_citation("Section 230.").source.contributors == ()


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (  # note 8: the first name inverted, the others given first, "et al." closing the list
            "Bommasani, Rishi, Drew A. Hudson, Ehsan Adeli, Russ Altman, Simran Arora, Sydney von "
            "Arx, Michael S. Bernstein, et al.",
            [
                "Rishi Bommasani",
                "Drew A. Hudson",
                "Ehsan Adeli",
                "Russ Altman",
                "Simran Arora",
                "Sydney von Arx",
                "Michael S. Bernstein",
            ],
        ),
        (  # note 5: a stray space before the comma
            "Benifei, Brando , and Ioan-Dragoş Tudorache.",
            ["Brando Benifei", "Ioan-Dragoş Tudorache"],
        ),
    ],
)
def test_a_bibliography_s_first_inverted_name_list_without_and(
    names: str, expected: list[str]
) -> None:
    # Takshashila Institution, A Pathway to AI Governance (2023), notes 5 and 8 (batch 75)
    found, ok = split_authors(names)
    assert ok
    assert [c.display() for c in found] == expected


@pytest.mark.parametrize(
    ("note", "authors", "title", "container", "issued", "accessed"),
    [
        (  # note 3: names joined by semicolons, "in:" before the book, "Bd." and "S."
            "Vgl. Prinz, Claudia; Schlotheuber, Eva; Hohls, Rüdiger: Vorwort der Redaktion, in: "
            "Historische Grundwissenschaften und die digitale Herausforderung, Bd. 18, 2016 "
            "(Historisches Forum), S. 4 f.",
            ["Claudia Prinz", "Eva Schlotheuber", "Rüdiger Hohls"],
            "Vorwort der Redaktion",
            "Historische Grundwissenschaften und die digitale Herausforderung",
            "2016",
            None,
        ),
        (  # note 9: a newspaper's page, "Stand:" its access date
            "Hafner, Urs: Der Irrtum der Zeitmaschinisten - NZZ, Neue Zürcher Zeitung, 27.05.2016, "
            "https://www.nzz.ch/feuilleton/zeitgeschehen/digital-history-historiografie-des-"
            "zeitpfeils-ld.85000, Stand: 13.06.2020.",
            ["Urs Hafner"],
            "Der Irrtum der Zeitmaschinisten - NZZ",
            "Neue Zürcher Zeitung",
            "2016-05-27",
            "2020-06-13",
        ),
        (  # note 13: a book by its editors, who are not its authors
            "Siehe Wozniak, Thomas; Nemitz, Jürgen; Rohwedder, Uwe (Hg.): Wikipedia und "
            "Geschichtswissenschaft, Berlin/Boston 2015, S. 257–299.",
            [],
            "Wikipedia und Geschichtswissenschaft",
            None,
            "2015",
            None,
        ),
        (  # note 10: a short form by the family name alone
            "Vgl. Schmale: Historische Grundwissenschaften international, 2016, S. 25.",
            ["Schmale"],
            "Historische Grundwissenschaften international",
            None,
            "2016",
            None,
        ),
    ],
)
def test_german_humanities_notes(
    note: str,
    authors: list[str],
    title: str,
    container: str | None,
    issued: str,
    accessed: str | None,
) -> None:
    # Krug, Flüchtig, Anonym & Digital (MA thesis, Humboldt-Universität zu Berlin), chapter 1
    # (citations-fresh batch 77)
    (citation,) = _parse_note(note)
    source = citation.source
    assert [c.display() for c in source.contributors] == authors
    assert (source.title, source.container) == (title, container)
    assert source.issued is not None
    assert source.issued.iso() == issued
    assert (source.accessed.isoformat() if source.accessed else None) == accessed


def test_ebd_is_ibid_and_an_english_short_title_is_not_german() -> None:
    (first,) = _parse_note("Vgl. Schmale: Historische Grundwissenschaften international, 2016.")
    ebd = parse_citation("Vgl. ebd.", previous=first.source)
    assert ebd.source.title == "Historische Grundwissenschaften international"
    # the same shape with no German mark is an English short form (Prynne thesis, batch 3)
    davie = parse_citation("Davie, Ezra Pound: Poet as Sculptor, p. 12").source
    assert [c.display() for c in davie.contributors] != ["Ezra Pound Davie"]


@pytest.mark.parametrize(
    "text",
    [
        # Carnegie Endowment (batch 26): a reference manager's genre, a series' number
        "Christopher Balding and Donald C. Clarke, “Who Owns Huawei?” SSRN Scholarly Paper, "
        "Rochester, NY: Social Science Research Network, April 17, 2019",
        "Peter Mell and Timothy Grance, “The NIST Definition of Cloud Computing,” NIST Special "
        "Publication 800-14 5 , September 2011",
        # Digital Humanities Quarterly (batch 27): a repository is no outlet
        "timkarnold. “Alexa, make me a sandwich”, 3 Feb 2015, GitHub repository, "
        "https://github.com/timkarnold/AlexaMakeMeASandwich",
    ],
)
def test_a_series_number_or_a_reference_manager_s_genre_is_no_outlet(text: str) -> None:
    assert parse_citation(text).source.container is None


def test_a_newsletter_s_issue_number_is_not_part_of_its_name() -> None:
    # Stanford Engineering's centennial history, decade 5, note 3 (citations-fresh batch 74)
    source = parse_citation(
        "“McCullough Gift Assures New Engineering Building,” Stanford Engineering News no. 33 "
        "(November 1961): 1"
    ).source
    assert source.container == "Stanford Engineering News"
    # a document before its number keeps no container either way (IDPro, batch 48)
    assert parse_citation("California Assembly Bill No. 375, 2018").source.container != "Assembly"


# --- international law: tribunals, rules, UN symbols, treaties (batches 84, 85 and 88) ---------


@pytest.mark.parametrize(
    ("note", "titles", "issued"),
    [
        # Leiden Guidelines, introduction, note 5 (Kalshoven-Gieskes Forum, batch 88): the
        # decision described in brackets holds brackets, quotes and a record number of its own
        (
            "Prosecutor v Bemba (Decision on the admission into evidence of items deferred in the "
            "Chamber's \"Decision on the Prosecution's Application for Admission of Materials into "
            'Evidence Pursuant to Article 64(9) of the Rome Statute" (ICC-01/05-01/08-2299)) '
            "ICC-01/05-01/08 (27 June 2013) TC [9].",
            ["Prosecutor v Bemba"],
            ["2013-06-27"],
        ),
        # note 19: a date inside the brackets is not the decision's
        (
            "Prosecutor v Bemba et al (Public redacted version of the \"Prosecution's Fifth "
            'Request for the Admission of Evidence from the Bar Table", 27 November 2015, '
            "ICC-01/05-01/13-1498-Conf) ICC-01/05-01/13-1498-Red (30 November 2015) (TC VII) "
            "[17]; Prosecutor v Bemba et al (Decision on 'Prosecution's Fifth Request for the "
            "Admission of Evidence from the Bar Table') ICC-01/05-01/13-1524 (14 December 2015) "
            "(TC VII) [12].",
            ["Prosecutor v Bemba et al", "Prosecutor v Bemba et al"],
            ["2015-11-30", "2015-12-14"],
        ),
        # note 20: a transcript's page and lines
        (
            "Prosecutor v Taylor (Transcript) SCSL-03-01-T (9 August 2010) (TC II) 45783, lines "
            "11-12.",
            ["Prosecutor v Taylor"],
            ["2010-08-09"],
        ),
    ],
)
def test_an_international_tribunal_s_decision_is_cited_by_its_parties(
    note: str, titles: list[str], issued: list[str]
) -> None:
    sources = [c.source for c in _parse_note(note)]
    assert [s.title for s in sources] == titles
    assert [s.issued.iso() if s.issued else None for s in sources] == issued
    assert all(s.container is None and not s.contributors for s in sources)


@pytest.mark.parametrize(
    "note",
    [
        # Leiden Guidelines, notes 6 and 14 (batch 88): OSCOLA's "cf" has no full stop, and a
        # prose lead-in may end in a colon
        "cf Rule 89(C) of the ICTY and ICTR Rules of Procedure and Evidence, Rule 105(C) of the "
        "IRMCT Rules of Procedure and Evidence, Rule 149(C) of the STL Rules of Procedure and "
        "Evidence.",
        "cf The provisions for the exclusion of evidence whose probative value is substantially "
        "outweighed by the need to ensure a fair trial: Rule 89(C) of the ICTY and ICTR Rules of "
        "Procedure and Evidence, Rule 105(C) of the IRMCT Rules of Procedure and Evidence, Rule "
        "149(C) of the STL Rules of Procedure and Evidence.",
    ],
)
def test_provisions_of_several_rules_joined_by_commas_are_one_citation_each(note: str) -> None:
    assert [c.source.title for c in _parse_note(note)] == [
        "ICTY and ICTR Rules of Procedure and Evidence",
        "IRMCT Rules of Procedure and Evidence",
        "STL Rules of Procedure and Evidence",
    ]


@pytest.mark.parametrize(
    ("note", "symbols"),
    [
        # OHCHR, Compilation on Slovenia, A/HRC/WG.6/34/SVN/2, notes 3 and 16 (batch 85)
        (
            "CERD/C/SVN/CO/8-11, para. 18, E/C.12/SVN/CO/2, para. 31 and CEDAW/C/SVN/CO/5-6, "
            "para. 46.",
            ["CERD/C/SVN/CO/8-11", "E/C.12/SVN/CO/2", "CEDAW/C/SVN/CO/5-6"],
        ),
        (
            "CCPR/C/SVN/CO/3, para. 8 and E/C.12/SVN/CO/2, para. 10. See also A/HRC/30/43/Add.1, "
            "para. 74.",
            ["CCPR/C/SVN/CO/3", "E/C.12/SVN/CO/2", "A/HRC/30/43/Add.1"],
        ),
        # note 2: paragraphs numbered within a recommendation, "and" inside the range
        (
            "For relevant recommendations, see A/HRC/28/15, paras. 115.1, 115.4–115.17 and "
            "115.133.",
            ["A/HRC/28/15"],
        ),
    ],
)
def test_un_documents_cited_by_symbol_and_paragraph(note: str, symbols: list[str]) -> None:
    assert [c.source.title for c in _parse_note(note)] == symbols


def test_a_bluebook_treaty_s_date_of_signature_is_not_part_of_its_title() -> None:
    # International Law Studies 97, Schöndorf, note 10 (Stockton Center, batch 84)
    (treaty,) = _parse_note(
        "See Geneva Convention for the Amelioration of the Condition of Wounded and Sick in "
        "Armed Forces in the Field art. 19, Aug. 12, 1949, 75 U.N.T.S. 31."
    )
    assert treaty.source.title == (
        "Geneva Convention for the Amelioration of the Condition of Wounded and Sick in Armed "
        "Forces in the Field"
    )
    assert treaty.source.issued is not None
    assert treaty.source.issued.iso() == "1949-08-12"


@pytest.mark.parametrize(
    ("text", "title", "container", "issued"),
    [
        # Leiden Guidelines (batch 88): OSCOLA's web source with straight quotes, a journal
        # named in the brackets, a chapter whose editors the rules first read as its outlet
        (
            "Emma Irving, 'And So It Begins... Social Media Evidence In An ICC Arrest Warrant' "
            "(Opinio Juris, 17 August 2017)",
            "And So It Begins... Social Media Evidence In An ICC Arrest Warrant",
            "Opinio Juris",
            "2017-08-17",
        ),
        (
            "Nikita Mehandru and Alexa Koenig, 'Open Source Evidence and the International "
            "Criminal Court' (Harvard Human Rights Journal, April 2019)",
            "Open Source Evidence and the International Criminal Court",
            "Harvard Human Rights Journal",
            "2019-04",
        ),
        (
            "Christopher Gosnell, 'Admissibility of Evidence' in Karim A A Khan, Caroline Buisman "
            "and Christopher Gosnell (eds), Principles of Evidence in International Criminal "
            "Justice (OUP 2010) 385",
            "Admissibility of Evidence",
            "Principles of Evidence in International Criminal Justice",
            "2010",
        ),
        # note 3: a book's imprint with a comma, then a pinpoint to a note
        (
            "Alexa Koenig and others, Digital Fingerprints: Using Electronic Evidence to Advance "
            "Prosecutions at the International Criminal Court (Human Rights Center, UC Berkeley "
            "School of Law 2014) fn 2",
            "Digital Fingerprints: Using Electronic Evidence to Advance Prosecutions at the "
            "International Criminal Court",
            None,
            "2014",
        ),
    ],
)
def test_oscola_titles_outlets_and_imprints(
    text: str, title: str, container: str | None, issued: str
) -> None:
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, container)
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_a_un_symbol_in_brackets_after_a_quoted_title_is_no_site() -> None:
    # Good Data, chapter 7, note 11 (batch 1): "(A/HRC/35/22/Add.3, 2017)" names a document
    source = parse_citation(
        "UN Human Rights Council, 'Report of the Special Rapporteur on the Promotion and "
        "Protection of the Right to Freedom of Opinion and Expression on His Mission to Turkey' "
        "(A/HRC/35/22/Add.3, 2017), 14, http://www.refworld.org/docid/59394c904.html"
    ).source
    assert source.container is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # International Law Studies 97, Schöndorf, note 11 (batch 84)
        (
            "In this regard, see Enhanced International Cooperation on Cybercrime and Electronic "
            "Evidence: Towards a Protocol to the Budapest Convention, COUNCIL OF EUROPE (Sept. 5, "
            "2019), https://rm.coe.int/summary-towards-a-protocol-to-the-budapest-convention/"
            "1680972d07",
            "Enhanced International Cooperation on Cybercrime and Electronic Evidence: Towards a "
            "Protocol to the Budapest Convention",
        ),
        # IFOSS Law Book, United Kingdom, note 52 (batch 2)
        (
            "For judicial discussion of this point in the United States, see Jacobsen v. Katzer",
            "Jacobsen v. Katzer",
        ),
    ],
)
def test_a_topic_then_a_comma_then_see_is_a_signal(text: str, title: str) -> None:
    assert parse_citation(text).source.title == title


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        # International Law Studies 97, Schöndorf, notes 12 and 14 (batch 84): the speaker's
        # office, and the body they serve, come between the name and the speech
        (
            "Paul C. Ney Jr., General Counsel, U.S. Department of Defense, Keynote Address at U.S. "
            "Cyber Command Legal Conference (Mar. 2, 2020), https://www.defense.gov/Newsroom/"
            "Speeches/Speech/Article/2099378/dod-generalcounsel-remarks-at-us-cyber-command-legal"
            "-conference/",
            "Keynote Address at U.S. Cyber Command Legal Conference",
            None,
        ),
        (
            "Jeremy Wright, UK Attorney General, Keynote Address at the Chatham House Royal "
            "Institute for International Affairs: Cyber and International Law on the 21st "
            "Century, GOV.UK (May 23, 2018), https://www.gov.uk/government/speeches/cyber-and-"
            "international-law-in-the-21st-century",
            "Keynote Address at the Chatham House Royal Institute for International Affairs: "
            "Cyber and International Law on the 21st Century",
            "GOV.UK",
        ),
    ],
)
def test_a_speech_after_the_speaker_s_office(text: str, title: str, container: str | None) -> None:
    source = parse_citation(text).source
    assert (source.title, source.container) == (title, container)
    assert len(source.contributors) == 1


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        # UN Human Rights Committee, Kim v. New Zealand, CCPR/C/139/D/4170/2022 (batch 94): the
        # Committee's Views by the case and the document's symbol or the communications' numbers
        (
            "Griffiths v. Australia (CCPR/C/112/D/1973/2010), para. 6.8",
            "Griffiths v. Australia",
            None,
        ),
        (
            "M.P., A.M.P. and A.N.P. v. Denmark (CCPR/C/121/D/2643/2015), para. 8.3",
            "M.P., A.M.P. and A.N.P. v. Denmark",
            None,
        ),
        (
            "Maksudov et al. v. Kyrgyzstan (communications No. 1461/2006, No. 1462/2006, No. "
            "1476/2006 and No. 1477/2006), para. 12.5",
            "Maksudov et al. v. Kyrgyzstan",
            None,
        ),
        # Digital Dominion, UIC Law's human rights clinic with Access Now (batch 92): the
        # communication first, the case, then the date the Views were adopted
        (
            "Human Rights Committee, Communication No. 2212/2012, (Judgment), Sannikov v. "
            "Belarus, views adopted July 12, 2012 (finding a violation of, amongst others, the "
            "right to be free from torture as it relates to a human rights defender)",
            "Sannikov v. Belarus",
            "2012-07-12",
        ),
        (
            "Human Rights Committee, Communication No. 2326/2013, *N.K. v. Netherlands, *views "
            "adopted July 18, 2017, para. 9.3",
            "N.K. v. Netherlands",
            "2017-07-18",
        ),
        # a Strasbourg judgment with "(Judgment)" before its application numbers
        (
            "Aliyev v. Azerbaijan, (Judgment), App. Nos. 68762/14 & 71200/14, Eur. Ct. H.R. paras. "
            "88-92 (2018) (discussing foundations of law related to human rights defenders)",
            "Aliyev v. Azerbaijan",
            "2018",
        ),
    ],
)
def test_a_treaty_body_s_views_and_a_judgment_by_application(
    text: str, title: str, issued: str | None
) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert not source.contributors
    assert (source.issued.iso() if source.issued else None) == issued


def test_a_general_comment_keeps_its_year_and_subject() -> None:
    # Kim v. New Zealand, note 10 (batch 94)
    source = parse_citation(
        "General comment No. 35 (2014) on liberty and security of person, para. 59"
    ).source
    assert source.title == "General comment No. 35 (2014) on liberty and security of person"


@pytest.mark.parametrize(
    ("text", "author", "title", "issued"),
    [
        # Digital Dominion, UIC Law's human rights clinic with Access Now (batch 92): Bluebook's
        # UN documents, "Author, Title, U.N. Doc. SYMBOL (date)", the author a person in office
        (
            "Michel Frost (Special Rapporteur on the situation of human rights defenders), "
            "Situation of Women Human Rights Defenders, U.N. Doc. A/HRC/40/60 (Jan. 10, 2019) at "
            "para. 4",
            "Michel Frost",
            "Situation of Women Human Rights Defenders",
            "2019-01-10",
        ),
        (
            "Michel Frost (Special Rapporteur on the situation of human rights defenders), "
            "Situation of Human Rights Defenders, U.N. Doc. A/73/215 at para. 14 (July 23, 2018)",
            "Michel Frost",
            "Situation of Human Rights Defenders",
            "2018-07-23",
        ),
        # ... or a body, and a title with commas of its own
        (
            "U.N. Human Rights Comm., Consideration of Reports Submitted by States Parties under "
            "Article 40 of the Covenant, Comments, Russian Federation, U.N. Doc. CCPR/C/79/Add.54 "
            "at para. 19 (July 26, 1995) [hereinafter U.N. Human Rights Comm., Concluding "
            "Observations on Russia]",
            "U.N. Human Rights Comm.",
            "Consideration of Reports Submitted by States Parties under Article 40 of the "
            "Covenant, Comments, Russian Federation",
            "1995-07-26",
        ),
        # the parenthetical after the symbol cites other works and dates (cut here after two of
        # its nine): the first date counts
        (
            "High Comm’r For Human Rights, Report of the United Nations High Commissioner for "
            "Human Rights on the Right to Privacy in the Digital Age, U.N. Doc. A/HRC/27/37 (30 "
            "June 2014) paras. 22-23 (citing Communication No. 903/1999, Van Hulst v. "
            "Netherlands, Views adopted Nov. 1, 2004; Human Rights Committee, Concluding "
            "Observations on the Fourth Periodic Report of the United States of America, "
            "CCPR/C/USA/CO/4 (2014))",
            "High Comm’r For Human Rights",
            "Report of the United Nations High Commissioner for Human Rights on the Right to "
            "Privacy in the Digital Age",
            "2014-06-30",
        ),
    ],
)
def test_a_un_document_the_bluebook_way(text: str, author: str, title: str, issued: str) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title
    assert source.container is None
    assert source.issued is not None
    assert source.issued.iso() == issued


@pytest.mark.parametrize(
    ("text", "title", "court", "container", "issued"),
    [
        # Kim v. New Zealand, the Human Rights Committee's Views (batch 94): a court, the case,
        # the designation, the date and the neutral citation
        (
            "High Court of New Zealand, Kim v. Attorney-General, Judgment, 17 December 2015 "
            "([2015] NZHC 3290)",
            "Kim v. Attorney-General",
            "High Court of New Zealand",
            "NZHC",
            "2015-12-17",
        ),
        (
            "High Court of New Zealand, Kim v. The Prison Manager, Mt. Eden Corrections Facility "
            "and Attorney-General, Judgment, 3 December 2014 ([2014] NZHC 3051)",
            "Kim v. The Prison Manager, Mt. Eden Corrections Facility and Attorney-General",
            "High Court of New Zealand",
            "NZHC",
            "2014-12-03",
        ),
        # CESCR's general comment No. 27 (batch 101): advisory opinions, the court first
        (
            "International Court of Justice, Obligations of States in respect of Climate Change, "
            "Advisory Opinion, para. 427",
            "Obligations of States in respect of Climate Change",
            "International Court of Justice",
            None,
            None,
        ),
        (
            "Inter-American Court of Human Rights, advisory opinion OC-32/25, para. 554",
            "advisory opinion OC-32/25",
            "Inter-American Court of Human Rights",
            None,
            None,
        ),
    ],
)
def test_a_court_printed_before_its_case_is_its_court_not_its_author(
    text: str, title: str, court: str, container: str | None, issued: str | None
) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert not source.contributors
    assert source.publisher == court
    assert source.container == container
    assert (source.issued.iso() if source.issued else None) == issued


def test_a_statute_of_a_court_is_no_court_before_a_case() -> None:
    # batch 92: "Rome Statute of the International Criminal Court, art. 8"
    source = parse_citation("Rome Statute of the International Criminal Court, art. 8").source
    assert source.title == "Rome Statute of the International Criminal Court"
    assert source.publisher is None


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        # CESCR's general comment No. 27 (batch 101): the year without a subject, and the body
        # that issued another committee's comment printed first
        ("General comment No. 19 (2007), para. 59 (a)", "General comment No. 19 (2007)", None),
        (
            "Committee on the Rights of the Child, general comment No. 26 (2023), paras. 38–41",
            "general comment No. 26 (2023)",
            "Committee on the Rights of the Child",
        ),
    ],
)
def test_a_general_comment_by_number_and_year(text: str, title: str, author: str | None) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert [c.display() for c in source.contributors] == ([author] if author else [])


@pytest.mark.parametrize(
    ("text", "authors", "title", "container", "issued"),
    [
        # Richmond Journal of Law & Technology (batch 100): Bluebook's web news, the outlet in
        # small capitals before the dated parenthesis; a headline's own comma ("…, Research
        # Suggests") stays in the title
        (
            "Jason Murdock, Most COVID-19 Misinformation Originates on Facebook, Research "
            "Suggests, NEWSWEEK (July 6, 2020, 9:31 AM), https://www.newsweek.com/facebook-covid19-"
            " coronavirus-misinformation-twitter-youtube-whatsapp-1515642 [https://perma.cc/2ZTVP2FN]",
            ["Jason Murdock"],
            "Most COVID-19 Misinformation Originates on Facebook, Research Suggests",
            "NEWSWEEK",
            "2020-07-06",
        ),
        # a title that opens with a quoted word, and a time of day without its comma
        (
            "Nick Wells & Leslie Picker, ‘Anonymous’ Data Might Not Be So Anonymous, Study Shows, "
            "CNBC (July 23, 2019 2:21 PM), https://www.cnbc.com/2019/07/23/anonymousdata-might-not-"
            "be-so-anonymous-study-shows.html [https://perma.cc/L5SH-UP4M]",
            ["Nick Wells", "Leslie Picker"],
            "‘Anonymous’ Data Might Not Be So Anonymous, Study Shows",
            "CNBC",
            "2019-07-23",
        ),
        # a student comment: the designation, not an author; an article with two pinpoints
        (
            "Comment, Translating Sympathy for Deceived Consumers into Effective Programs for "
            "Protection, 114 UNIV.PA. L. REV. 395, 395–96 (1966)",
            [],
            "Translating Sympathy for Deceived Consumers into Effective Programs for Protection",
            "UNIV.PA. L. REV.",
            "1966",
        ),
        (
            "Andrew Guthrie Ferguson, The Internet of Things and the Fourth Amendment of Effects, "
            "104 CALIF. L. R. 805, 810, 879–80 (2016) (“The Internet of Things has just begun to "
            "shape our lives . . . .”)",
            ["Andrew Guthrie Ferguson"],
            "The Internet of Things and the Fourth Amendment of Effects",
            "CALIF. L. R.",
            "2016",
        ),
    ],
)
def test_bluebook_web_news_student_comments_and_pinpoints(
    text: str, authors: list[str], title: str, container: str, issued: str
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == authors
    assert source.title == title
    assert source.container == container
    assert source.issued is not None
    assert source.issued.iso() == issued


def test_un_documents_by_title_and_symbol_joined_in_lower_case() -> None:
    # the Committee against Torture's general comment No. 4, note 24 (batch 105): concluding
    # observations by title and symbol, joined by "; and" and "See also" in lower case
    note = (
        "See, for example, concluding observations on the seventh periodic report of Finland "
        "(CAT/C/FIN/CO/7 and CAT/C/FIN/CO/7/Corr.1), para. 13; concluding observations on the "
        "third periodic report of Slovenia (CAT/C/SVN/CO/3), para. 17; and concluding "
        "observations on the second periodic report of Tajikistan (CAT/C/TJK/CO/2), para. 18. "
        "See also concluding observations on the combined fifth and sixth periodic reports of "
        "Greece (CAT/C/GRC/CO/5-6), para. 19; and concluding observations on the combined fifth "
        "and sixth periodic reports of Italy (CAT/C/ITA/CO/5-6), para. 21 (c)."
    )
    spans = split_footnote(note)
    titles = [parse_citation(note[s:e]).source.title for s, e in spans]
    assert titles == [
        "concluding observations on the seventh periodic report of Finland",
        "concluding observations on the third periodic report of Slovenia",
        "concluding observations on the second periodic report of Tajikistan",
        "concluding observations on the combined fifth and sixth periodic reports of Greece",
        "concluding observations on the combined fifth and sixth periodic reports of Italy",
    ]


def test_markdown_emphasis_left_by_a_web_copy_is_read_through() -> None:
    # Hastings Int'l & Comp. L. Rev. (batch 103), notes 17 and 28: "*Id. *" and a title in
    # emphasis marks before a journal whose name holds a colon; a Westlaw star page stays
    previous = parse_citation("Zarate, supra note 14, at v-ix").source
    ibid = parse_citation("*Id. *", previous=previous)
    assert ibid.source.raw == "*Id. *"
    assert CitationFlag.IBID in ibid.flags
    source = parse_citation(
        "Sarabeth Egle,* The Learning Curve of Sanctions - Have Three Decades of Sanctions "
        "Reform Taught Us Anything?,* 19 CURRENTS: INT'L TRADE L.J. 3 (2010)"
    ).source
    assert source.title == (
        "The Learning Curve of Sanctions - Have Three Decades of Sanctions Reform Taught Us "
        "Anything?"
    )
    assert source.container == "CURRENTS: INT'L TRADE L.J."
    star_page = parse_citation(
        "Ian Ayres & Jack M. Balkin, The Law of AI Is the Law of Risky Agents Without "
        "Intentions, U. Chi. L. Rev. Online, at *1 (2024)"
    )
    assert star_page.source.raw.endswith("at *1 (2024)")


@pytest.mark.parametrize(
    ("text", "title", "owner", "issued"),
    [
        # Bluebook's internet sources, the owner in small capitals before the address: Richmond
        # J.L. & Tech. (batch 100) and Hastings Int'l & Comp. L. Rev. (batch 103)
        (
            "Our History, FED. TRADE COMM’N, https://www.ftc.gov/about-ftc/our-history "
            "[https://perma.cc/K6AW-X2SB]",
            "Our History",
            "FED. TRADE COMM’N",
            None,
        ),
        (
            "Counter-Terrorism, ASIA-PACIFIC ECON. COOPERATION, https://www.apec.org/Groups/SOM-"
            "Steering-Committee-on-Economic-and-TechnicalCooperation/Working-Groups/Counter-"
            "Terrorism (last visited Mar. 18, 2020)",
            "Counter-Terrorism",
            "ASIA-PACIFIC ECON. COOPERATION",
            None,
        ),
        (
            "FATF Recommendations 2012 (amended October 2020), FINANCIAL ACTION TASK FORCE, "
            "available at https://www.fatf-gafi.org/publications/fatfrecommendations/documents/"
            "fatf-recommendations.html",
            "FATF Recommendations 2012",
            "FINANCIAL ACTION TASK FORCE",
            "2020-10",
        ),
    ],
)
def test_a_web_page_by_its_owner_in_small_capitals(
    text: str, title: str, owner: str, issued: str | None
) -> None:
    source = parse_citation(text).source
    assert source.title == title
    assert source.container == owner
    assert not source.contributors
    assert (source.issued.iso() if source.issued else None) == issued


def test_a_tweet_is_no_web_page_by_its_owner() -> None:
    # an earlier batch's tweet: the person and handle stay the author (the owner style would
    # have made "Chase Ross (@ChaseRoss)" the title)
    source = parse_citation(
        "Chase Ross (@ChaseRoss), TWITTER (Oct. 8, 2017, 4:22 pm), "
        "https://twitter.com/ChaseRoss/ status/917122952176467969"
    ).source
    assert [c.display() for c in source.contributors] == ["Chase Ross"]
    assert source.title != "Chase Ross (@ChaseRoss)"


@pytest.mark.parametrize(
    ("text", "container", "publisher"),
    [
        # a CMC senior thesis's reference-manager notes (batch 107): "“Title,” Site (Publisher,
        # date), URL", the publisher named only when it is not the site again
        (
            "Doug Bandow, “Why America Should Fear a Russia-China Alliance,” CATO Institute "
            "(CATO Institute, September 9, 2020), https://www.cato.org/publications/commentary/"
            "why-america-should-fear-russia-china-alliance",
            "CATO Institute",
            None,
        ),
        (
            "Amnesty International Editor, “Hong Kong Protests Explained,” Amnesty.org (Amnesty "
            "International, 2019), https://www.amnesty.org/en/latest/news/2019/09/hong-kong-"
            "protests-explained/",
            "Amnesty.org",
            "Amnesty International",
        ),
        # an access date in brackets after the address is no publisher (an earlier batch)
        (
            "National Archives and Records Administration, “Archived Presidential White House "
            "Websites,” https://www.archives.gov/presidential-libraries/archived-websites "
            "(Accessed December 19, 2017)",
            None,
            None,
        ),
    ],
)
def test_a_site_then_its_publisher_and_date_in_brackets(
    text: str, container: str | None, publisher: str | None
) -> None:
    source = parse_citation(text).source
    assert source.container == container
    assert source.publisher == publisher


def test_a_treaty_body_named_before_its_general_comment_without_a_comma() -> None:
    # the CRPD's general comment No. 6, note 4 (batch 110): the body's own commas, no comma
    # before "general comment", commas in the subject
    source = parse_citation(
        "Committee on Economic, Social and Cultural Rights general comment No. 20 (2009) on "
        "non-discrimination in economic, social and cultural rights, para. 10"
    ).source
    assert [c.display() for c in source.contributors] == [
        "Committee on Economic, Social and Cultural Rights"
    ]
    assert source.title == (
        "general comment No. 20 (2009) on non-discrimination in economic, social and cultural "
        "rights"
    )


def test_a_work_s_address_and_access_date_after_semicolons() -> None:
    # Purdue's FORCES Initiative paper (batch 112), notes 1 and 3: a librarian's notes put the
    # address and the access date after semicolons; "; and" still begins the next work
    note = (
        "See See Rishi Sunak, Undersea Cables: Indispensable, Insecure, (London: Policy "
        "Exchange, 2017): 5-7; https://policyexchange.org.uk/wp-content/uploads/2017/11/"
        "Undersea-Cables.pdf Accessed February 26, 2021; and Nadia Schadlow and Brayden Helwig, "
        "“Protecting Undersea Cables Must Be Made a National Security Priority,” Defense News, "
        "(July 1, 2020): 1-3"
    )
    spans = [note[s:e] for s, e in split_footnote(note)]
    assert len(spans) == 2
    assert spans[0].endswith("Accessed February 26, 2021")
    assert spans[1].startswith("Nadia Schadlow")
    one = (
        "Merriam-Webster Dictionary, (New York: Merriam-Webster, 2021): "
        "https://www.merriamwebster.com/dictionary/choke%20point; Accessed October 28, 2021"
    )
    assert len(split_footnote(one)) == 1


def test_id_after_a_sentence_of_the_note_s_own_prose_is_a_citation() -> None:
    # Villanova Law Review (batch 111), note 2: "Id." after the note's prose begins a citation
    note = (
        "Id. (noting Smith’s family believes these social media posts were “the driving force "
        "behind his suicide”). Before taking his life, Smith shared on Instagram that he was "
        "taking a break from social media and wrote, “I really hate how I can’t trust anyone "
        "because those I did were so fake. Bye . . . .” Id. (internal quotation marks omitted)."
    )
    spans = [note[s:e] for s, e in split_footnote(note)]
    assert len(spans) == 2
    assert spans[1].startswith("Id. (internal quotation marks omitted)")


def test_also_and_a_lower_case_letter_dated_begin_the_next_citation() -> None:
    # OHCHR's UPR compilation on Slovenia, note 5 (batch 85): "See also" before a UN letter
    note = (
        "CEDAW/C/SVN/CO/5-6/Add.1, para. 26. See also\nletter dated 28 November 2017 from the "
        "Committee on the Elimination of Discrimination against\nWomen addressed to the "
        "Permanent Representative of Slovenia to the United Nations Office and\nother "
        "international organizations in Geneva. Available from https://tbinternet.ohchr.org/"
        "Treaties/\nCEDAW/Shared%20Documents/SVN/INT_CEDAW_FUL_SVN_29558_E.pdf."
    )
    spans = [note[s:e] for s, e in split_footnote(note)]
    assert spans[0].startswith("CEDAW/C/SVN/CO/5-6/Add.1, para. 26")
    assert "letter dated 28 November 2017" not in spans[0]
    # Kim v. New Zealand, note 16 (batch 94): "Also," after the note's prose
    tail = "(para. 424). Also, V.D. v. Russian Federation (CCPR/C/116/D/2198/2012), para. 5.7."
    last = [tail[s:e] for s, e in split_footnote(tail)][-1]
    assert parse_citation(last).source.title == "V.D. v. Russian Federation"


@pytest.mark.parametrize(
    ("text", "author", "title", "issued"),
    [
        # NIAC's Securing Cyber Assets (batch 115): short references by an agency's abbreviation
        (
            "DOE. The Second Installment of the QER. 2017.",
            "DOE",
            "The Second Installment of the QER",
            "2017",
        ),
        (
            "APPA. 2016-2017 Statistical Report. 2017.",
            "APPA",
            "2016-2017 Statistical Report",
            "2017",
        ),
        (
            "DOE. The Second Installment of the QER. January 2017",
            "DOE",
            "The Second Installment of the QER",
            "2017-01",
        ),
    ],
)
def test_an_agency_abbreviation_title_and_year(
    text: str, author: str, title: str, issued: str
) -> None:
    source = parse_citation(text).source
    assert [c.display() for c in source.contributors] == [author]
    assert source.title == title
    assert source.issued is not None
    assert source.issued.iso() == issued
