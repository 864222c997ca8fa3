"""The navigator's "changed since" counts read only the changed rows, not every item.

At 100,000 talking points a full scan cost a second of every start (bench/); the index on
`updated_at` answers it at once. Checked through SQLite's own query plan, so the test is about
the plan, not about timing.
"""

from __future__ import annotations

from briefing_app.services.core.listing import ListingService


def test_change_counts_use_the_updated_at_index(repo, dossier):
    for n in range(3):
        repo.create(
            "talking_point", {"dossier_id": dossier, "kind": "talking_point", "text": f"punt {n}"}
        )
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    counts = ListingService(repo.db).dossier_changes("2000-01-01")
    repo.db.conn.set_trace_callback(None)
    assert counts == {dossier: 3}
    sql = next(s for s in statements if "FROM [talking_points]" in s)
    plan = " ".join(row[3] for row in repo.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
    assert "talking_points_by_update" in plan
