// Installed by benches/vs-thunderbird/run.sh for the length of one benchmark run, then removed.
// It names our AutoConfig script; that script does nothing of its own unless MAILSETUP_VS_TB is set.
// When several files here name an AutoConfig script, the one first in alphabetical order wins:
// this name sorts before the project's test hook (mailsetup-test.js), whose script ours then runs.
pref("general.config.filename", "mailsetup-bench-vs-thunderbird.cfg");
pref("general.config.obscure_value", 0);
pref("general.config.sandbox_enabled", false);
