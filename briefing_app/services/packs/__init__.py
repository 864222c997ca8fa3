"""Briefing packs: which rows an edition takes, how they are assembled, checked and recorded."""
