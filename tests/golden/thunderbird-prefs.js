// Mozilla User Preferences
// Written by Mail Setup.

user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "imap.example.test");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.authMethod", 3);
user_pref("mail.server.server1.userName", "jane@example.test");
user_pref("mail.server.server1.name", "jane@example.test");
user_pref("mail.server.server1.login_at_startup", true);
user_pref("mail.identity.id1.fullName", "Jane Doe");
user_pref("mail.identity.id1.useremail", "jane@example.test");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.identity.id1.fcc_folder", "imap://jane%40example.test@imap.example.test/Sent");
user_pref("mail.identity.id1.fcc_folder_picker_mode", "0");
user_pref("mail.identity.id1.draft_folder", "imap://jane%40example.test@imap.example.test/Drafts");
user_pref("mail.identity.id1.drafts_folder_picker_mode", "0");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.port", 587);
user_pref("mail.smtpserver.smtp1.try_ssl", 2);
user_pref("mail.smtpserver.smtp1.authMethod", 3);
user_pref("mail.smtpserver.smtp1.username", "jane");
user_pref("mail.smtpserver.smtp1.description", "jane@example.test");
