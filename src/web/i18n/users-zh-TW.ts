/**
 * Messages of changing and removing accounts on 帳號管理, kept apart from the main catalogue
 * (like the download pages') so parallel work on other pages merges without conflicts.
 */
export const usersZhTW = {
  'users.actions': '操作',
  'users.you': '您的帳號',
  'users.edit': '編輯',
  'users.editHeading': '編輯 {username}',
  'users.newPassword': '新密碼（不變更請留空）',
  'users.ownRoleHint': '不能變更自己的角色，請由另一位管理者變更。',
  'users.ownPasswordHint': '變更自己的密碼後，需以新密碼重新登入。',
  'users.save': '儲存變更',
  'users.cancel': '取消',
  'users.saved': '已儲存 {username} 的變更。',
  'users.stale':
    '{username} 剛被其他人修改過，表單已換成目前的資料（第 {version} 版）；請確認後再儲存。',
  'users.remove': '刪除',
  'users.confirmRemove': '確認刪除 {username}',
  'users.staleRemove': '{username} 剛被其他人修改過，已重新載入目前的資料；請確認後再刪除。',
  'users.removed': '已刪除帳號 {username}。',
} as const;
