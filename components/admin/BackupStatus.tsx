import { StatusNotice } from "@/components/site/StatusNotice";
import { formatDateTime, formatFileSize } from "@/lib/format";
import { BACKUP_STALE_HOURS, type BackupStatus as Status } from "@/lib/backup/status";

/** The last good backup on /admin (admins), with a warning when it is over 36 hours old or missing. */
export function BackupStatus({ status }: { status: Status }) {
  const { last, stale } = status;
  return (
    <section aria-labelledby="backup-status" className="mb-6" data-testid="backup-status">
      <h2 id="backup-status" className="mb-3 text-xl font-bold">
        备份
      </h2>
      {last ? (
        <p className="mb-2">
          最近一次成功备份：{formatDateTime(new Date(last.at))}（{last.name}，{formatFileSize(last.size)}）
        </p>
      ) : null}
      {stale ? (
        <div data-testid="backup-warning">
          <StatusNotice tone="warning">
            {last ? `已超过 ${BACKUP_STALE_HOURS} 小时没有成功备份。` : "尚无成功的备份。"}请检查每晚的自动备份（服务器日志），或运行 npm run backup。
          </StatusNotice>
        </div>
      ) : null}
    </section>
  );
}
