"""The real letter, loaded with the dataset loader, reviewed, and with link checks as the
checker would record them (dead, suspect, alive, archived copies)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.conftest import LETTER_DATASET

from claims.dataset import load_dataset, read_dataset
from claims.db import Database
from claims.enums import LinkHealth
from claims.models import Link, Snapshot, Source
from claims.workflow import verify

DOCUMENT = "hrw-2016-07-18-facebook-china"
PU = "pu-zhiqiang-conviction-2015"
PU_SOURCE = "richardsonDispatchesShowingDiplomatic2015"
RUMOR = "rumor-crackdown"
INSTAGRAM_SOURCE = "vlastelicaInstagramReportedlyBlocked2014"
SCRIPT_TITLE = 'Instagram <script>alert("pwned")</script> Reportedly Blocked'
CHECKED_AT = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)
HEALTH = {
    PU_SOURCE: LinkHealth.DEAD,
    "wongChinaPunishesNearly2015": LinkHealth.DEAD,
    "humanChinaNewBan2015": LinkHealth.SUSPECT,
    "economyChillIllWind2013": LinkHealth.DEAD,
    INSTAGRAM_SOURCE: LinkHealth.ALIVE,
    "peckDispatchesTimeFix2015": LinkHealth.INCONCLUSIVE,
}
PU_ARCHIVE = (
    "https://web.archive.example/web/20151211000000/https://www.hrw.org/news/2015/12/11/"
    "dispatches-showing-diplomatic-solidarity-lawyers-trial-china"
)


def _link(session: Session, source_key: str) -> Link:
    link = session.scalars(
        select(Link).join(Source, Source.link_id == Link.id).where(Source.key == source_key)
    ).one()
    return link


def load_letter(database: Database, *, hostile_title: bool = False) -> None:
    dataset = read_dataset(LETTER_DATASET)
    with database.session() as s:
        load_dataset(s, dataset)
    with database.session() as s:
        for key, health in HEALTH.items():
            link = _link(s, key)
            link.health = health
            link.last_checked_at = CHECKED_AT
        s.add(
            Snapshot(
                link=_link(s, PU_SOURCE),
                archive_url=PU_ARCHIVE,
                archived_at=dt.datetime(2015, 12, 11, 18, 0, tzinfo=dt.UTC),
                original_status=200,
            )
        )
        if hostile_title:
            source = s.scalars(select(Source).where(Source.key == INSTAGRAM_SOURCE)).one()
            source.title = SCRIPT_TITLE
        verify(s, "instagram-blocked-2014", "verified", "Ana Reviewer", source_key=INSTAGRAM_SOURCE)
        verify(s, "security-laws-2015", "disputed", "Ben Reviewer", note="the laws say less")
