"""Every picture format the archive draws, with the box its text must stay inside.

Safe boxes (x0, y0, x1, y1) follow Meta's and TikTok's guidance (research/etalase.md §2):
feed posts keep 64 px margins, which also keeps text inside the central 1012 px that the
3:4 profile grid shows; stories keep clear of the top 14 %, the bottom 35 % and 6 % at
the sides (x 90–940 also clears TikTok's right rail). The catalogue picture carries no
text at all (shops reject overlays), so it has no safe box.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str  # file stem in the kit, e.g. "post-4x5"
    width: int
    height: int
    safe: tuple[int, int, int, int] | None  # where text may go; None: no text at all

    @property
    def size(self) -> tuple[int, int]:
        return self.width, self.height

    def inside(self, box: tuple[int, int, int, int]) -> bool:
        if self.safe is None:
            return False
        x0, y0, x1, y1 = self.safe
        return x0 <= box[0] and y0 <= box[1] and box[2] <= x1 and box[3] <= y1


CARD = Format("card", 1200, 630, (0, 0, 1200, 630))  # the link-preview card (sharecards)
FEED = Format("post-4x5", 1080, 1350, (64, 64, 1016, 1286))
GRID_CROP = (34, 0, 1046, 1350)  # the 3:4 profile-grid crop of a 4:5 post (1012 px wide)
SQUARE = Format("post-1x1", 1080, 1080, (64, 64, 1016, 1016))
STORY = Format("story-9x16", 1080, 1920, (90, 269, 940, 1248))
PHOTO = Format("foto-1x1", 1080, 1080, None)
SLIDE = Format("carousel", 1080, 1350, FEED.safe)  # carousel/01.jpg … 05.jpg
KIT_FORMATS = (FEED, SQUARE, STORY, PHOTO, SLIDE)
