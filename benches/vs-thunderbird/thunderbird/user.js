// The benchmark profile's preferences (copied into a fresh profile each run).
// (The ISPDB address, mailnews.auto_config_url, is set by the hook from the plan.)
// The namespace has only loopback; do not let Thunderbird decide it is offline because of that.
user_pref("network.manage-offline-status", false);
// Quiet start-up: no updates, telemetry, default-client or first-run pages competing with the runs.
user_pref("app.update.disabledForTesting", true);
user_pref("app.update.auto", false);
user_pref("extensions.update.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("mail.shell.checkDefaultClient", false);
user_pref("mailnews.start_page.enabled", false);
user_pref("mail.provider.suppress_dialog_on_startup", true);
