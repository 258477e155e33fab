"""The dataset commands through the real CLI: exit codes, stdout and stderr kept apart."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from tests.conftest import LETTER_DATASET, REPO_ROOT, Cli, ok_json

LETTER = str(LETTER_DATASET)
CLAIM_FIELDS = [
    "key",
    "status",
    "statement",
    "quote",
    "start",
    "end",
    "footnotes",
    "sources",
    "proposed",
]
SOURCE_FIELDS = [
    "key",
    "kind",
    "title",
    "authors",
    "container",
    "publisher",
    "issued",
    "url",
    "accessed",
    "accessed_basis",
    "health",
    "claims",
]


def test_load_and_list_the_letter(cli: Cli) -> None:
    result = cli("load", LETTER)
    assert result.exit_code == 0, result.stderr
    assert "loaded" in result.stdout
    assert result.stderr == ""

    claims = ok_json(cli, "list")
    assert len(claims) >= 30
    assert all(list(c) == CLAIM_FIELDS for c in claims)
    assert [c["start"] for c in claims] == sorted(c["start"] for c in claims)
    pu = next(c for c in claims if c["key"] == "pu-zhiqiang-conviction-2015")
    assert pu["status"] == "unverified"
    assert pu["footnotes"] == [10]
    assert pu["sources"] == ["richardsonDispatchesShowingDiplomatic2015"]
    rumors = next(c for c in claims if c["key"] == "rumor-crackdown")
    assert rumors["sources"] == [
        "wongChinaPunishesNearly2015",
        "humanChinaNewBan2015",
        "economyChillIllWind2013",
    ]
    needs = ok_json(cli, "list", "--status", "needs-source")
    assert needs
    assert all(c["footnotes"] == [] and c["sources"] == [] for c in needs)
    assert len(needs) + sum(1 for c in claims if c["footnotes"]) == len(claims)

    listed = cli("list")
    assert listed.exit_code == 0
    assert "needs-source" in listed.stdout
    assert f"{len(claims)} claims" in listed.stderr


def test_sources_list_json_shows_stated_access_dates(cli: Cli) -> None:
    assert cli("load", LETTER).exit_code == 0
    sources = ok_json(cli, "sources", "list")
    assert len(sources) == 17
    assert all(list(s) == SOURCE_FIELDS for s in sources)
    accessed = {s["key"]: (s["accessed"], s["accessed_basis"]) for s in sources if s["accessed"]}
    assert accessed == {
        "facebookFacebookMissionStatement": ("2016-05-26", "stated"),  # first footnote
        "mckenzieChinasAntiTerrorismLaw2016": ("2016-06-14", "stated"),  # last footnote
    }
    by_key = {s["key"]: s for s in sources}
    mofo = by_key["mckenzieChinasAntiTerrorismLaw2016"]
    assert mofo["authors"] == [
        {"family": "McKenzie", "given": "Paul"},
        {"family": "Milner", "given": "Gordon"},
        {"family": "Zhang", "given": "Wei"},
    ]
    assert mofo["issued"] == "2016-01-20"
    assert mofo["health"] == "unchecked"
    assert mofo["claims"] == ["local-partner-requirement"]
    assert by_key["humanChinaNewBan2015"]["authors"] == [{"literal": "Human Rights Watch"}]
    assert by_key["facebookFacebookMissionStatement"]["issued"] is None


def test_show_the_pu_zhiqiang_claim(cli: Cli) -> None:
    assert cli("load", LETTER).exit_code == 0
    detail = ok_json(cli, "show", "pu-zhiqiang-conviction-2015")
    assert list(detail)[: len(CLAIM_FIELDS)] == CLAIM_FIELDS
    assert detail["quote"].startswith("In December 2015, one of China’s best-known human rights")
    assert detail["quote"].endswith("crackdowns on ethnic minorities.")
    assert detail["context"]["after"].startswith('Sophie Richardson, "Dispatches:')
    assert len(detail["prefix"]) == len(detail["suffix"]) == 32
    (citation,) = detail["citations"]
    assert citation["footnote"] == 10
    source = citation["source"]
    assert list(source) == SOURCE_FIELDS
    assert source["key"] == "richardsonDispatchesShowingDiplomatic2015"
    assert source["authors"] == [{"family": "Richardson", "given": "Sophie"}]
    assert source["claims"] == ["pu-zhiqiang-conviction-2015"]
    assert detail["verifications"] == []

    human = cli("show", "pu-zhiqiang-conviction-2015")
    assert human.exit_code == 0
    assert human.stderr == ""
    flat = " ".join(human.stdout.split())
    assert "Pu Zhiqiang, was found guilty of “picking quarrels and stirring up troubles”" in flat
    assert "richardsonDispatchesShowingDiplomatic2015" in flat
    assert "Dispatches: Showing Diplomatic Solidarity at Lawyer’s Trial in China" in flat
    assert "health unchecked" in flat
    assert "verification history: none yet" in flat


def test_show_keeps_brackets_in_quotes(cli: Cli) -> None:
    assert cli("load", LETTER).exit_code == 0
    human = cli("show", "internet-ideological-battlefield")
    assert "“protect the [Chinese Communist] Party’s authority and unity.”" in " ".join(
        human.stdout.split()
    )


def test_sources_show(cli: Cli) -> None:
    assert cli("load", LETTER).exit_code == 0
    detail = ok_json(cli, "sources", "show", "mckenzieChinasAntiTerrorismLaw2016")
    assert list(detail)[: len(SOURCE_FIELDS)] == SOURCE_FIELDS
    assert detail["raw"].startswith("Paul McKenzie, Gordon Milner, and Wei Zhang,")
    assert detail["extra"] == {"genre": "Client Alert"}
    assert detail["link"] == {
        "url": "http://www.mofo.com/~/media/Files/ClientAlert/2016/01/160120ChinaAntiTerrorism.pdf",
        "health": "unchecked",
        "last_checked_at": None,
        "checks": [],
    }
    assert detail["citations"] == [
        {
            "claim": "local-partner-requirement",
            "document": "hrw-2016-07-18-facebook-china",
            "footnote": 13,
            "position": 1,
        }
    ]
    human = cli("sources", "show", "mckenzieChinasAntiTerrorismLaw2016")
    assert human.exit_code == 0
    assert "2016-06-14 (stated)" in human.stdout
    assert "Paul McKenzie; Gordon Milner; Wei Zhang" in human.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "no-such-claim"), "no claim with key 'no-such-claim'"),
        (("sources", "show", "noSuchSource"), "no source with key 'noSuchSource'"),
        (("list", "--document", "nope"), "no document with key 'nope'"),
    ],
)
def test_unknown_keys_exit_2(cli: Cli, args: tuple[str, ...], message: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_load_twice_changes_nothing(cli: Cli) -> None:
    first = ok_json(cli, "load", LETTER)
    assert first["changed"] is True
    assert first["sources"]["created"] == 17
    second = ok_json(cli, "load", LETTER)
    assert second["changed"] is False
    assert all(
        counts["created"] == counts["updated"] == counts["deleted"] == 0
        for name, counts in second.items()
        if isinstance(counts, dict)
    )
    human = cli("load", LETTER)
    assert "already up to date: nothing changed" in human.stdout


def test_lint_finds_the_letters_problems(cli: Cli) -> None:
    assert cli("load", LETTER).exit_code == 0
    result = cli("lint", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    mismatched = [f["key"] for f in report["findings"] if f["rule"] == "issued-url-mismatch"]
    assert mismatched == ["buckleyCrackdownBloggersMounted2013", "wongXiJinpingsNews2016"]
    assert report["counts"]["no-access-date"] == 15
    assert list(report["findings"][0]) == ["rule", "subject", "key", "field", "message"]

    human = cli("lint", "--rule", "issued-url-mismatch")
    assert human.exit_code == 1
    assert human.stderr == "2 findings (2 issued-url-mismatch) in 17 sources and 48 claims\n"
    assert human.stdout.count("issued-url-mismatch") == 2

    clean = cli("lint", "-r", "missing-field", "-r", "duplicate-url")
    assert clean.exit_code == 0
    assert clean.stdout == ""
    assert "clean: 17 sources" in clean.stderr


def test_lint_rejects_an_unknown_rule(cli: Cli) -> None:
    result = cli("lint", "--rule", "spelling")
    assert result.exit_code == 2
    assert "spelling" in result.stderr


def _broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    path = folder / "dataset.toml"
    text = path.read_text("utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), "utf-8")
    return folder


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'sources = ["peckDispatchesTimeFix2015"]',
            'sources = ["[red]peckDispatches"]',
            "footnote 11: unknown source key '[red]peckDispatches'",
        ),
        (
            'quote = "Facebook remains blocked in the country"',
            'quote = "Facebook remains blocked in China"',
            "claim facebook-blocked-in-china: quote not found in the document text",
        ),
        (
            'issued = "2014-09-28"',
            'issued = "2014-09-31"',
            "source vlastelicaInstagramReportedlyBlocked2014: malformed issued date:"
            " not a valid date: '2014-09-31'",
        ),
        (
            'key = "wenzhou-train-crash-2011"',
            'key = "tianjin-warehouse-blast-2015"',
            "duplicate claim key 'tianjin-warehouse-blast-2015' (first at line",
        ),
    ],
)
def test_invalid_dataset_exits_2_and_writes_nothing(
    cli: Cli, tmp_path: Path, old: str, new: str, message: str
) -> None:
    folder = _broken_copy(tmp_path, old, new)
    path = folder / "dataset.toml"
    # the last line holding the change: a duplicate key is reported at its second occurrence
    line = max(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if new in text)
    result = cli("load", str(folder))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {path}:{line}: {message}")
    assert "nothing was written" in result.stderr
    assert ok_json(cli, "list") == []
    assert ok_json(cli, "sources", "list") == []


def test_check_only_reads(tmp_path: Path) -> None:
    # a database that cannot even be opened: --check never needs one
    result = Cli(f"sqlite:///{tmp_path}/missing/dir/x.db")("load", "--check", LETTER)
    assert result.exit_code == 0, result.stderr
    assert "valid: 13 footnotes, 17 sources" in result.stdout


def test_load_of_a_missing_folder(cli: Cli, tmp_path: Path) -> None:
    result = cli("load", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "no such dataset file" in result.stderr
    assert result.stdout == ""


def test_the_main_job_in_the_makefile(
    sqlite_cli: Cli, tmp_path: Path, offline_network: None
) -> None:
    """`make demo` (the README's main job) runs these steps; run them in-process, offline."""
    makefile = (REPO_ROOT / "Makefile").read_text("utf-8")
    recipe = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    prefix = "$(BIN)/claims --db $(DB) "
    steps = [
        re.split(r" 2>| \|\||;| >", line.split(prefix, 1)[1])[0]
        for line in recipe.splitlines()
        if prefix in line
    ]
    names = [step.split()[0] for step in steps]
    assert names == ["load", "check", "export", "report", "report"]
    # offline is told as information, not as a failure, and the demo goes on
    assert '[ $$rc -eq 3 ]; then echo "no network here' in recipe
    printed = 0
    for step in steps:
        args = [
            a.replace("$(LETTER)", LETTER).replace("$(OUT)", str(tmp_path)) for a in step.split()
        ]
        result = sqlite_cli(*args)
        expected = {0, 3} if args[0] == "check" else {0}
        assert result.exit_code in expected, (step, result.stderr)
        printed += len(result.stdout.splitlines())
        if args[0] == "check":
            assert result.exit_code == 3
            assert "offline" in result.stderr.lower()
        if "--summary" in args:
            assert result.stdout.splitlines()[1] == "  48 claims: 13 unverified, 35 needs-source"
    assert printed <= 20  # a summary, not every row
    assert (tmp_path / "letter.bib").read_text("utf-8").count("\n@") + 1 >= 17
    assert (tmp_path / "letter.html").stat().st_size > 10_000


def test_check_on_the_letter_with_no_network_marks_nothing_dead(
    sqlite_cli: Cli, offline_network: None
) -> None:
    import json

    assert sqlite_cli("load", LETTER).exit_code == 0
    result = sqlite_cli("check")
    assert result.exit_code == 3
    assert "offline" in result.stderr.lower()
    assert len(result.stderr.strip().splitlines()) <= 3
    sources = json.loads(sqlite_cli("sources", "list", "--json").stdout)
    assert len(sources) == 17
    assert {s["health"] for s in sources} == {"unchecked"}
    shown = json.loads(sqlite_cli("sources", "show", sources[0]["key"], "--json").stdout)
    assert shown.get("checks", []) == []


def test_show_renders_verification_history_and_link_checks(cli: Cli) -> None:
    from sqlalchemy import select

    from claims.db import Database
    from claims.enums import CheckOutcome, ClaimStatus, LinkHealth, Verdict
    from claims.models import Claim, LinkCheck, Source, Verification

    assert cli("load", LETTER).exit_code == 0
    database = Database(cli.url)
    with database.session() as session:
        claim = session.scalars(select(Claim).where(Claim.key == "instagram-blocked-2014")).one()
        source = claim.citations[0].source
        session.add(
            Verification(
                claim=claim, verdict=Verdict.VERIFIED, reviewer="ana", note="[b]matches[/b]"
            )
        )
        claim.status = ClaimStatus.VERIFIED
        assert source.link is not None
        session.add(LinkCheck(link=source.link, outcome=CheckOutcome.OK, http_status=200))
        source.link.health = LinkHealth.ALIVE
        assert isinstance(source, Source)
    database.dispose()

    detail = ok_json(cli, "show", "instagram-blocked-2014")
    assert detail["status"] == "verified"
    (verification,) = detail["verifications"]
    assert (verification["verdict"], verification["reviewer"]) == ("verified", "ana")
    assert detail["citations"][0]["source"]["health"] == "alive"
    human = cli("show", "instagram-blocked-2014")
    assert "[verified]" in human.stdout
    assert "[b]matches[/b]" in human.stdout  # data is never read as markup
    assert "health     alive" in human.stdout

    shown = ok_json(cli, "sources", "show", "vlastelicaInstagramReportedlyBlocked2014")
    (check,) = shown["link"]["checks"]
    assert (check["outcome"], check["http_status"]) == ("ok", 200)
    assert shown["health"] == shown["link"]["health"] == "alive"
    cited = ok_json(cli, "sources", "list", "--document", "hrw-2016-07-18-facebook-china")
    assert len(cited) == 17
