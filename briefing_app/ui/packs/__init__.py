"""The app's face on briefing packs: export dialog with check and progress, preview, printing."""
