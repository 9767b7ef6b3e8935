// Installed by benches/vs-thunderbird/run.sh for the length of one benchmark run, then removed.
// It names our AutoConfig script; that script does nothing unless MAILSETUP_VS_TB is set.
pref("general.config.filename", "mailsetup-vs-thunderbird.cfg");
pref("general.config.obscure_value", 0);
pref("general.config.sandbox_enabled", false);
