import { TextField } from "./fields";

// The file input for the mailbox's attachment rules (lib/mailbox/attachments.ts): letters and
// the files of a 依申请公开 reply. Used in client forms, so the limits are repeated as text here.

export function AttachmentsField({ label = "附件（可选）", error }: { label?: string; error?: string | undefined }) {
  return (
    <TextField
      id="attachments"
      label={label}
      type="file"
      multiple
      accept="image/jpeg,image/png,image/gif,image/webp,application/pdf"
      hint="最多 3 个文件，每个不超过 5 MB；只接受 JPEG、PNG、GIF、WebP 图片或 PDF 文件。如提交未成功，请重新选择附件。"
      error={error}
    />
  );
}
