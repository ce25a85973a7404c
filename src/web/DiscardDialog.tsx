import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

/**
 * Asked before 打开其他工作簿 when the open workbook has edits not yet downloaded (they live only in this tab):
 * download first, discard them, or stay. Open while `edits` > 0.
 */
export function DiscardDialog({
  edits,
  onDownload,
  onDiscard,
  onCancel,
}: {
  edits: number;
  onDownload: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={edits > 0} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid="web-discard-dialog">
        <DialogBody>
          <DialogTitle>当前工作簿的修改尚未下载</DialogTitle>
          <DialogContent>
            上次下载以来，本页面对当前工作簿写入或撤销了 {edits}{' '}
            次，这些修改只保存在这个浏览器标签页中。打开其他工作簿会丢弃这些修改。
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDownload} data-testid="web-discard-download">
              先下载工作簿
            </Button>
            <Button onClick={onDiscard} data-testid="web-discard-confirm">
              放弃修改，打开其他工作簿
            </Button>
            <Button onClick={onCancel} data-testid="web-discard-cancel">
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
