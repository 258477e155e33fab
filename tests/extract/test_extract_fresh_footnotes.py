"""Splitting fixes found on benchmarks/data/citations-fresh.jsonl (real footnotes, quoted as
rendered there; see its README for the sources). Figures on that set after these fixes are
tuned on it."""

from __future__ import annotations

from claims.extract import parse_citation, split_footnote


def pieces(note: str) -> list[str]:
    return [" ".join(note[s:e].split()) for s, e in split_footnote(note)]


def test_a_doi_label_does_not_start_a_citation() -> None:
    # Good Data (INC 2019), chapter 7, note 1: "DOI:" is not a jurisdiction label like "USA:"
    note = (
        "Lina Dencik, Arne Hintz, and Jonathan Cable, 'Towards Data Justice? The Ambiguity of "
        "Anti-Surveillance Resistance in Political Activism,' Big Data & Society 3.2 (2016), "
        "DOI: https://doi.org/10.1177/f2053951716679678."
    )
    assert pieces(note) == [note]
    cited = parse_citation(note)
    assert cited.source.url == "https://doi.org/10.1177/f2053951716679678"
    # chapter 17, note 29: two citations, each with a bare DOI, joined by a semicolon
    note = (
        "Burak Pak, Alvin Chua, and Andrew Vande Moere, 'FixMyStreet Brussels: "
        "Socio-Demographic Inequality in Crowdsourced Civic Participation', Journal of Urban "
        "Technology, 10 April 2017, DOI: 10.1080/10630732.2016.1270047; Monica M. Brannon, "
        "'Datafied and Divided: Techno-Dimensions of Inequality in American Cities', City & "
        "Community 16.1 (March 2017): 20--24, DOI: 10.1111/cico.12220."
    )
    assert len(pieces(note)) == 2
    # a jurisdiction label still splits
    assert pieces("EU: Regulation 2016/679, USA: California Consumer Privacy Act") == [
        "EU: Regulation 2016/679",
        "USA: California Consumer Privacy Act",
    ]


def test_a_book_imprint_ends_a_citation_before_the_next_authors() -> None:
    # The Volkskrant Building (Amsterdam Creative Industries Publishing 2014), note 2: a full stop
    assert pieces(
        "Charles Landry, The Creative City: A Toolkit for Urban Innovators, London: Earthscan, "
        "2008. Ned Rossiter and Geert Lovink, MyCreativity Reader: A Critique of Creative "
        "Industries, Amsterdam: Institute of Network Cultures, 2007."
    ) == [
        "Charles Landry, The Creative City: A Toolkit for Urban Innovators, London: Earthscan, "
        "2008",
        "Ned Rossiter and Geert Lovink, MyCreativity Reader: A Critique of Creative Industries, "
        "Amsterdam: Institute of Network Cultures, 2007.",
    ]
    # note 53: "and" with no punctuation after the imprint's year
    got = pieces(
        "The following by now classical works address this question. Luc Boltanski and Eve "
        "Chiapello, Le nouvel esprit du capitalisme, Paris: Gallimard, 1999 and Holm Friebe and "
        "Sascha Lobo, Die digitale Boheme oder: Intelligentes Leben jenseits der Festanstellung, "
        "München: Random House, 2006."
    )
    assert len(got) == 2
    assert got[1].startswith("Holm Friebe and Sascha Lobo, Die digitale Boheme")
    # a year inside a title, followed by a new sentence of prose, does not split
    assert len(pieces("Eric Duivenvoorden, Het Kroningsoproer: 30 april 1980. Zie ook hier.")) == 1


def test_a_dotted_volume_and_issue_is_not_part_of_the_journal() -> None:
    # Good Data, chapter 7, note 1 and The Volkskrant Building, note 1
    cited = parse_citation(
        "Lina Dencik, Arne Hintz, and Jonathan Cable, 'Towards Data Justice? The Ambiguity of "
        "Anti-Surveillance Resistance in Political Activism,' Big Data & Society 3.2 (2016), "
        "DOI: https://doi.org/10.1177/f2053951716679678"
    )
    assert cited.source.container == "Big Data & Society"
    assert (cited.source.extra["volume"], cited.source.extra["issue"]) == ("3", "2")
    cited = parse_citation(
        "Jamie Peck, 'Recreative City: Amsterdam, Vehicular Ideas and the Adaptive Spaces of "
        "Creativity Policy', Journal of Urban and Regional Research 36:3 (2012): 462-485"
    )
    assert cited.source.container == "Journal of Urban and Regional Research"
    # an unquoted title with a version number keeps it: "Code 2.0" is no volume
    assert parse_citation("Lawrence Lessig, Code 2.0 (2006), pp 121–26").source.title == "Code 2.0"
