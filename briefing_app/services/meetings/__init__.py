"""The meeting cycle: what the delegation reads at the table, notes there, and records after.

`table` gathers a meeting's agenda as meeting mode shows it, `notes` saves what is typed at the
table, `debrief` records outcomes, commitments and what to revise, and `report` makes the verslag.
"""
