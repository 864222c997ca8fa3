"""Meeting mode ("Aan tafel"), the notes taken there, the debrief and the verslag in the app."""
