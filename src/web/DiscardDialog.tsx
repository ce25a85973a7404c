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
 * Asked before 打开其他工作簿 when the open workbook has edits not yet downloaded (they live only in this tab), or a
 * value typed in the grid's edit box and not yet saved: download first, discard them, or stay.
 */
export function DiscardDialog({
  open,
  edits,
  typing,
  onDownload,
  onDiscard,
  onCancel,
}: {
  open: boolean;
  edits: number;
  typing: boolean;
  onDownload: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface data-testid="web-discard-dialog">
        <DialogBody>
          <DialogTitle>当前工作簿的修改尚未下载</DialogTitle>
          <DialogContent>
            {edits > 0 && (
              <>上次下载以来，本页面对当前工作簿写入或撤销了 {edits} 次，这些修改只保存在这个浏览器标签页中。</>
            )}
            {typing && <>表格上方的编辑框中还有尚未保存（未按 Enter）的输入。</>}
            打开其他工作簿会丢弃这些修改。
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
