// Every module taking part in export and account deletion registers here (submissions.ts).
import "@/lib/mailbox/account-source";
import "@/lib/ysq/account-source";
import "@/lib/consultations/account-source";
import "@/lib/evaluations/account-source";
import "@/lib/comments/account-source";
import "@/lib/notices/preferences";
import "@/lib/interviews/account-source";
import "@/lib/questions/account-source";
