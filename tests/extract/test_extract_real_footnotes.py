"""Footnote finding and citation splitting on real footnotes from ../shared/citations-dev/.

Every footnote here is quoted as printed (see that corpus's README for the sources and their
licences); the cases are those of issue 12.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extract import Layout, extract_document, parse_citation, split_footnote
from claims.extract.urls import find_urls

DOCUMENTS = Path(__file__).resolve().parents[2].parent / "shared" / "citations-dev" / "documents"


def pieces(note: str) -> list[str]:
    return [" ".join(note[s:e].split()) for s, e in split_footnote(note)]


# --- splitting ---------------------------------------------------------------------------


def test_citations_joined_by_en_and_a_full_stop_are_split() -> None:
    # EU GDPR (Dutch), note 3
    note = (
        "Standpunt van het Europees Parlement van 12 maart 2014 (nog niet bekendgemaakt in het "
        "Publicatieblad) en standpunt van de Raad op eerste lezing van 8 april 2016 (nog niet "
        "bekendgemaakt in het Publicatieblad). Standpunt van het Europees Parlement van 14 "
        "april 2016."
    )
    assert pieces(note) == [
        "Standpunt van het Europees Parlement van 12 maart 2014 (nog niet bekendgemaakt in het "
        "Publicatieblad)",
        "standpunt van de Raad op eerste lezing van 8 april 2016 (nog niet bekendgemaakt in het "
        "Publicatieblad)",
        "Standpunt van het Europees Parlement van 14 april 2016.",
    ]
    issued = [parse_citation(p).source.issued for p in pieces(note)]
    assert [d.iso() if d else None for d in issued] == ["2014-03-12", "2016-04-08", "2016-04-14"]


def test_citations_joined_by_chinese_and_are_split() -> None:
    # Stallman, "How Much Surveillance Can Democracy Withstand?" (Chinese translation), note 35
    note = (
        "一些例子“Testilying: Cops Are Liars Who Get Away with Perjury” (Nick Malinowski, 3 "
        "February 2013, http://vice.com/read/testilying-cops-are-liars-who-get-away-with-perjury)"
        " 以及 “Detective Is Found Guilty of Planting Drugs” (Tim Stelloh, 1 November 2011, "
        "http://www.nytimes.com/2011/11/02/nyregion/brooklyn-detective-convicted-of-planting-"
        "drugs-on-innocent-people.html)。"
    )
    got = pieces(note)
    assert len(got) == 2
    assert got[0].endswith("get-away-with-perjury)")
    assert got[1].startswith("“Detective Is Found Guilty")


def test_citations_joined_by_commas_and_jurisdiction_labels_are_split() -> None:
    # GDHRNet, "The Power of App Stores", note 14
    note = (
        "EU: europa.eu, Antitrust: Commission Investigates Apple's App Store Rules and Apple Pay "
        "Behaviour, USA: businessinsider.com, Google Faces Nationwide Antitrust Lawsuit Over "
        "Android App Store."
    )
    got = pieces(note)
    assert len(got) == 2
    assert got[1].startswith("USA: businessinsider.com")


def test_a_url_ends_a_citation_when_a_new_one_follows() -> None:
    # GDHRNet, note 19: topic labels, one URL broken by a line break
    note = (
        "Market shares of iOS and Android in Germany: statista.com, https://de.statista.com/"
        "statistik/daten/studie/251737/umfrage/marktanteil-des-\napple-iphone-am-smartphone-"
        "absatz-in-deutschland/: Smartphones sold in Germany: statista.com, https://de.statista"
        ".com/statistik/daten/studie/77637/umfrage/absatzmenge-fuer-smartphones-in-deutschland/."
    )
    got = pieces(note)
    assert len(got) == 2
    first = parse_citation(note[slice(*split_footnote(note)[0])])
    assert first.source.url == (
        "https://de.statista.com/statistik/daten/studie/251737/umfrage/"
        "marktanteil-des-apple-iphone-am-smartphone-absatz-in-deutschland/"
    )


def test_see_also_after_a_semicolon_starts_a_citation() -> None:
    # White House, Deese remarks, note 10
    note = (
        "See, e.g., Jonathan B. Baker, The Antitrust Paradigm: Restoring a Competitive Economy "
        "(2019); see also Jonathan B. Baker & Carl Shapiro, Reinvigorating Horizontal Merger "
        "Enforcement, in How the Chicago School Overshot the Mark (Robert Pitofsky ed., 2008)."
    )
    assert len(pieces(note)) == 2


def test_an_apa_year_does_not_end_a_citation() -> None:
    # GDHRNet threats volume, note 37 (APA: "Author (2019). Title.")
    note = (
        "Technology and Human Rights (2019). The social and cultural implications of information"
        " & communication technology (ICT) on human rights,\nhumanitarian action, and social "
        "change. Available online: technologyandhumanrights.org (accessed on May 2019)."
    )
    assert len(pieces(note)) == 1


# --- URLs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (  # White House note 20: a line break after the host
            "U.S. Dep’t of the Treasury, The State of Labor Market Competition, at ii (2022), "
            "https://home.treasury.gov\n/system/files/136/State-of-Labor-Market-Competition-"
            "2022.pdf.",
            "https://home.treasury.gov/system/files/136/State-of-Labor-Market-Competition-2022.pdf",
        ),
        (  # GDHRNet working paper 1: a space where the host's dot was
            "https://investmentpolicy.unctad. org/international-investment-\nagreements/model-"
            "agreements, accesat la data de 03.03.2021.",
            "https://investmentpolicy.unctad.org/international-investment-agreements/"
            "model-agreements",
        ),
        (  # GDHRNet threats volume, note 211: a space after "="
            "https://search.coe.int/cm/Pages/result_details.aspx?ObjectId= 09000016808b79f7",
            "https://search.coe.int/cm/Pages/result_details.aspx?ObjectId=09000016808b79f7",
        ),
        (  # GDHRNet threats volume, note 38: a host cut at its hyphen
            "Available online: https://documents-dds-\nny.un.org/doc/resolution/gen/G12/153/25/"
            "pdf/G1215325.pdf?OpenElement (accessed on January 2017).",
            "https://documents-dds-ny.un.org/doc/resolution/gen/G12/153/25/pdf/G1215325.pdf"
            "?OpenElement",
        ),
        (  # Free Culture, introduction note 1: no scheme
            "See “Saints: The Heroes and Geniuses of the Electronic Era,” First Electronic Church"
            " of America, at www.webstationone.com/fecha, available at link #1.",
            "www.webstationone.com/fecha",
        ),
    ],
)
def test_urls_broken_by_conversion_are_mended(text: str, url: str) -> None:
    assert [u.url for u in find_urls(text)] == [url]
    assert parse_citation(text).source.url == url


def test_a_url_followed_by_a_new_sentence_is_not_mended() -> None:
    assert [u.url for u in find_urls("see https://example.org/a-\nThe next")] == [
        "https://example.org/a-"
    ]


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("@realDonaldTrump 6/16/15 (11:57 a.m. ET) Tweet", "2015-06-16"),  # Mueller note 9
        ("Reading the Riots. The Guardian, 12/4/11", "2011-12-04"),  # Tow Center note 2
        ("On Distributed Communications Networks, Paul Baran. IEEE CS-12, (1), 3/64", "1964-03"),
        (
            "Corte IDH. Tibi Vs. Ecuador. Sentencia 07 de septiembre de 2004. Excepciones "
            "Preliminares, Fondo, Reparaciones y Costas. Párrafo 218",
            "2004-09-07",
        ),
        (
            "Richtlijn 93/13/EEG van de Raad van 5 april 1993 betreffende oneerlijke bedingen in "
            "consumentenovereenkomsten (PB L 95 van 21.4.1993, blz. 29)",
            "1993-04-05",
        ),
    ],
)
def test_dates_as_real_notes_print_them(text: str, iso: str) -> None:
    issued = parse_citation(text).source.issued
    assert issued is not None
    assert issued.iso() == iso


# --- whole documents -----------------------------------------------------------------------


def _document(name: str) -> str:
    path = DOCUMENTS / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "notes"),
    [
        ("whitehouse-deese-competition-agenda-remarks.txt", 25),  # [n], URLs broken by lines
        ("lessig-free-culture-mere-copyists.txt", 22),  # Notes heading, short forms
        ("usdoj-mueller-report-vol2-campaign-response.txt", 20),  # notes after each paragraph
        ("gdhrnet-power-of-app-stores.txt", 25),  # PDF page feet, running heads
        ("eu-gdpr-2016-679-nl.txt", 21),  # (n) markers and (n) recitals
    ],
)
def test_numbered_notes_of_real_documents_are_found(name: str, notes: int) -> None:
    extraction = extract_document(_document(name))
    assert extraction.layout is Layout.NUMBERED
    assert len(extraction.footnotes) == notes


def test_a_note_without_a_full_stop_does_not_swallow_what_follows() -> None:
    # GDHRNet note 1 ends "…apple-hingegen-b" with no full stop; note 2 follows on the page
    extraction = extract_document(_document("gdhrnet-power-of-app-stores.txt"))
    first = extraction.footnotes[0]
    assert first.number == 1
    assert first.text.endswith("apple-hingegen-b")
    (citation,) = first.citations
    assert citation.source.url == (
        "https://www.maclife.de/iphone-ipod/software/app-stores-im-vergleich-google-fuehrt-bei-"
        "anzahl-der-downloads-apple-hingegen-b"
    )


def test_an_inline_note_without_a_full_stop_ends_at_its_line() -> None:
    # the same real note, printed inline after a sentence and followed by body text
    note = (
        "Figures from 2013: maclife.de, https://www.maclife.de/iphone-ipod/software/app-stores-"
        "im-vergleich-google-fuehrt-bei-anzahl-der-downloads-apple-hingegen-b"
    )
    text = f"App stores hold millions of apps.{note}\nThe next paragraph begins here."
    extraction = extract_document(text)
    assert extraction.layout is Layout.INLINE
    (found,) = extraction.footnotes
    assert found.text == note
    assert extraction.claims[0].quote == "App stores hold millions of apps."


def test_an_inline_note_with_two_citations_joined_after_a_url_is_split() -> None:
    # GDHRNet note 19, printed inline after its sentence
    note = (
        "Market shares of iOS and Android in Germany: statista.com, https://de.statista.com/"
        "statistik/daten/studie/251737/umfrage/marktanteil-des-apple-iphone-am-smartphone-"
        "absatz-in-deutschland/: Smartphones sold in Germany: statista.com, https://de.statista"
        ".com/statistik/daten/studie/77637/umfrage/absatzmenge-fuer-smartphones-in-deutschland/."
    )
    extraction = extract_document(f"Android leads the German market.{note} Apple follows.")
    (found,) = extraction.footnotes
    assert found.text == note
    assert len(found.citations) == 2
