"""Rendering an assembled briefing pack to PDF with ReportLab; receives plain data, never a connection."""
