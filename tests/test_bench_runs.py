"""The pack benchmark's floor still builds the pack's own story (`python -m bench --only export`).

The floor calls the export layer's story builder directly, so a change to its signature broke
the benchmark unseen once; this runs it on the default dataset's meeting, so land catches it.
CI also runs `python -m bench --quick` as a whole (no timing is asserted anywhere).
"""

from __future__ import annotations

from bench import export_bench
from briefing_app.domain.classification import Classification
from briefing_app.export.fonts import register_fonts
from briefing_app.services.packs.service import PackRequest, prepare_pack


def test_the_pack_benchmark_floor_lays_out_the_packs_story(default_db):
    register_fonts()
    request = PackRequest(
        Classification.VERTROUWELIJK, meeting_id=export_bench._meeting(default_db)
    )
    seconds, pages = export_bench._floor(prepare_pack(default_db, request).pack)
    assert pages >= 3
    assert seconds > 0
