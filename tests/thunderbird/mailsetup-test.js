pref("general.config.filename", "mailsetup-test.cfg");
pref("general.config.obscure_value", 0);
pref("general.config.sandbox_enabled", false);
