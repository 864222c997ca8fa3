"""Plain data and rules of the negotiation domain; imports nothing from the rest of the app."""
