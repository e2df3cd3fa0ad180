# app-briefing
