import { defineMessages } from '../../i18n/define';

/** Strings of the request life cycle screens: intake, detail, actions, supervision. */
export const requestsMessages = defineMessages(
  {
    title: '工单',
    nav: { list: '工单列表', new: '受理工单', desk: '我的工作台', supervision: '督办' },
    notFound: '找不到该工单,可能尚未同步到本站。',
    field: {
      number: '工单编号', callerName: '来电人', callerMobile: '联系电话', address: '地址', itemCode: '服务项目', category: '服务类别',
      type: '诉求类型', source: '来源', urgency: '紧急程度', description: '诉求内容', status: '状态', receivedAt: '受理时间',
      dueAt: '办理时限', holder: '承办单位', assignee: '承办人', supervision: '督办', returns: '退单次数', extensions: '延期次数',
      redos: '重办次数', satisfaction: '满意度', closedAt: '办结时间', resident: '登记居民', origin: '归属单位', orgPath: '归属单位',
    },
    type: { consultation: '咨询', help: '求助', complaint: '投诉', suggestion: '建议' },
    source: { hotline: '热线电话', visit: '走访', walkIn: '来访', app: '微信/小程序', other: '其他' },
    urgency: { normal: '一般', urgent: '紧急', emergency: '特急' },
    status: {
      intake: '待派单', dispatched: '待签收', accepted: '已签收', inProgress: '办理中', completed: '已办结', callbackDone: '已回访',
      archived: '已归档', returned: '已退单', escalated: '已上报', redo: '待重办',
    },
    satisfaction: { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' },
    card: { normal: '正常', yellow: '黄牌', red: '红牌' },
    assigneeKind: { volunteer: '志愿者', team: '服务队', enterprise: '加盟企业', provider: '一技之长服务者', orgUnit: '上级单位' },
    kind: { volunteer: '志愿服务(免费)', provider: '有偿上门服务' },
    time: {
      ok: '剩余 {{left}}', dueSoon: '即将到期 · 剩余 {{left}}', overdue: '已超期 {{late}}', paused: '暂停计时(等待居民)',
      days: '{{d}} 天 {{h}} 小时', hours: '{{h}} 小时 {{m}} 分', minutes: '{{m}} 分钟',
    },
    problem: {
      required: '此项必填', tooLong: '内容过长', tooShort: '请再写具体一些(至少 4 个字)', mobile: '手机号应为 11 位,以 13–19 开头',
      unknownItem: '服务目录中没有这个项目', invalidChoice: '请从列表中选择', outsideArea: '只能选择本站或下属单位',
    },
    intake: {
      title: '受理工单', hint: '回车跳到下一项,Ctrl+Enter 保存。草稿会自动保存。', save: '保存工单 (Ctrl+Enter)', clear: '清空',
      saved: '已受理工单 {{number}}', draftRestored: '已恢复上次未保存的草稿', draftSaved: '草稿已保存',
      itemPlaceholder: '输入名称、关键词、拼音或首字母,如 gdsl', noItem: '没有匹配的服务项目', history: '来电记录', knownResident: '登记居民:{{name}}({{address}})',
      noHistory: '该号码没有历史工单', previous: '该号码有 {{count}} 张历史工单', useResident: '使用居民信息', timeLimit: '时限:{{tier}}',
      areaHint: '诉求所在的村(社区)或镇街;本站先承办,可逐级下派至该单位',
      tier: { sameDay: '当日办结', threeDays: '3 个工作日', sevenDays: '7 天', thirteenDays: '13 个工作日' },
    },
    detail: {
      back: '返回', timeline: '办理过程', actions: '可办理的操作', noActions: '本站当前没有可办理的操作。', rejected: '操作未被接受:{{reason}}',
      done: '已记录:{{action}}', by: '{{operator}} · {{station}}', hours: '服务时长', paused: '等待居民中', extensionPending: '延期申请待审批:至 {{until}}',
      rejectedEvents: '以下步骤与其他站点的记录冲突,未生效:',
      suggestions: '派单建议',
    },
    event: {
      intake: '受理', dispatch: '派单', escalate: '上报', sendDown: '下派', accept: '签收', return: '退单', start: '开始办理',
      pause: '暂停计时', resume: '恢复计时', complete: '办结', callback: '回访', archive: '归档', supervise: '督办', remind: '催办',
      requestExtension: '申请延期', decideExtension: '审批延期',
    },
    eventText: {
      dispatch: '派给{{kind}}「{{name}}」', escalate: '上报至 {{to}}:{{reason}}', sendDown: '下派至 {{to}}:{{reason}}', return: '原因:{{reason}}',
      pause: '原因:{{reason}}', complete: '{{result}}', callback: '{{satisfaction}} {{note}}', supervise: '{{card}} {{note}}',
      remind: '{{note}}', requestExtension: '延期至 {{until}}:{{reason}}', decideExtension: '{{decision}} {{note}}',
      approved: '同意', refused: '不同意', hoursOf: '{{name}} {{hours}} 小时',
    },
    form: {
      assigneeKind: '派给', assignee: '承办对象', assigneeSearch: '输入姓名或拼音搜索', reason: '原因', note: '说明', result: '办理结果',
      hours: '服务时长(小时)', volunteer: '志愿者', addVolunteer: '添加志愿者', satisfaction: '满意度', card: '督办等级', until: '延期至',
      approved: '是否同意', to: '目标单位', submit: '确定', cancel: '取消', noAssignee: '本站还没有可选的对象,请先登记志愿者或服务队。',
    },
    reject: {
      notFirst: '工单已受理过', noIntake: '工单缺少受理记录', wrongStatus: '当前状态下不能进行此操作', notAuthorised: '本站无权办理此工单的这一步',
      invalidData: '填写的内容不完整或格式不对', badTarget: '目标单位不正确', paused: '已经在等待居民', notPaused: '当前没有暂停计时',
      extensionPending: '已有延期申请待审批', noExtensionPending: '没有待审批的延期申请', roleNotAllowed: '您的角色不能进行此操作', notFound: '找不到该工单',
    },
    supervision: {
      title: '督办', overdue: '超期工单', oftenReturned: '多次退单(≥2 次)', oftenExtended: '多次延期(≥2 次)', empty: '没有需要关注的工单',
      shown: '显示前 {{count}} 条', onlySupervisors: '督办页面仅供督办员和站点管理员使用。',
    },
  },
  {
    title: 'Requests',
    nav: { list: 'Request list', new: 'Take a request', desk: 'My desk', supervision: 'Supervision' },
    notFound: 'No such request; it may not have reached this station yet.',
    field: {
      number: 'Number', callerName: 'Caller', callerMobile: 'Phone', address: 'Address', itemCode: 'Service item', category: 'Category',
      type: 'Type', source: 'Source', urgency: 'Urgency', description: 'Request', status: 'Status', receivedAt: 'Received',
      dueAt: 'Time limit', holder: 'Held by', assignee: 'Assignee', supervision: 'Supervision', returns: 'Returns', extensions: 'Extensions',
      redos: 'Redos', satisfaction: 'Satisfaction', closedAt: 'Completed', resident: 'Registered resident', origin: 'Belongs to', orgPath: 'Belongs to',
    },
    type: { consultation: 'Consultation', help: 'Help', complaint: 'Complaint', suggestion: 'Suggestion' },
    source: { hotline: 'Hotline', visit: 'Visit', walkIn: 'Walk-in', app: 'WeChat / app', other: 'Other' },
    urgency: { normal: 'Normal', urgent: 'Urgent', emergency: 'Emergency' },
    status: {
      intake: 'To dispatch', dispatched: 'Awaiting acceptance', accepted: 'Accepted', inProgress: 'In progress', completed: 'Completed',
      callbackDone: 'Called back', archived: 'Archived', returned: 'Returned', escalated: 'Escalated', redo: 'To redo',
    },
    satisfaction: { satisfied: 'Satisfied', basicallySatisfied: 'Basically satisfied', dissatisfied: 'Not satisfied' },
    card: { normal: 'Normal', yellow: 'Yellow card', red: 'Red card' },
    assigneeKind: { volunteer: 'Volunteer', team: 'Team', enterprise: 'Affiliated enterprise', provider: 'Individual provider', orgUnit: 'Higher level' },
    kind: { volunteer: 'Volunteer work (free)', provider: 'Paid house call' },
    time: {
      ok: '{{left}} left', dueSoon: 'Due soon · {{left}} left', overdue: 'Overdue by {{late}}', paused: 'Clock paused (waiting on resident)',
      days: '{{d}} d {{h}} h', hours: '{{h}} h {{m}} min', minutes: '{{m}} min',
    },
    problem: {
      required: 'Required', tooLong: 'Too long', tooShort: 'Please say a little more (at least 4 characters)',
      mobile: 'A mobile number has 11 digits and starts with 13–19', unknownItem: 'Not in the service catalogue', invalidChoice: 'Choose from the list',
      outsideArea: 'Choose this station or a unit below it',
    },
    intake: {
      title: 'Take a request', hint: 'Enter moves to the next field, Ctrl+Enter saves. The draft is kept automatically.', save: 'Save (Ctrl+Enter)', clear: 'Clear',
      saved: 'Request {{number}} taken', draftRestored: 'The unsaved draft was restored', draftSaved: 'Draft kept',
      itemPlaceholder: 'Name, keyword, pinyin or initials, e.g. gdsl', noItem: 'No matching service item', history: 'Caller history', knownResident: 'Registered resident: {{name}} ({{address}})',
      noHistory: 'No earlier requests from this number', previous: 'Earlier requests from this number: {{count}}', useResident: 'Use resident details', timeLimit: 'Time limit: {{tier}}',
      areaHint: 'The village (community) or town the request is about; this station handles it first and can send it down to that unit',
      tier: { sameDay: 'same working day', threeDays: '3 working days', sevenDays: '7 days', thirteenDays: '13 working days' },
    },
    detail: {
      back: 'Back', timeline: 'Timeline', actions: 'Actions', noActions: 'Nothing this station can do on it now.', rejected: 'Not accepted: {{reason}}',
      done: 'Recorded: {{action}}', by: '{{operator}} · {{station}}', hours: 'Service hours', paused: 'Waiting on the resident', extensionPending: 'Extension requested until {{until}}, awaiting decision',
      rejectedEvents: 'These steps conflict with records from other stations and did not take effect:',
      suggestions: 'Suggested assignees',
    },
    event: {
      intake: 'Taken', dispatch: 'Dispatch', escalate: 'Escalate', sendDown: 'Send down', accept: 'Accept', return: 'Return', start: 'Start',
      pause: 'Pause clock', resume: 'Resume clock', complete: 'Complete', callback: 'Call back', archive: 'Archive', supervise: 'Supervise', remind: 'Remind',
      requestExtension: 'Request extension', decideExtension: 'Decide extension',
    },
    eventText: {
      dispatch: 'to {{kind}} “{{name}}”', escalate: 'to {{to}}: {{reason}}', sendDown: 'to {{to}}: {{reason}}', return: 'Reason: {{reason}}',
      pause: 'Reason: {{reason}}', complete: '{{result}}', callback: '{{satisfaction}} {{note}}', supervise: '{{card}} {{note}}',
      remind: '{{note}}', requestExtension: 'until {{until}}: {{reason}}', decideExtension: '{{decision}} {{note}}',
      approved: 'Approved', refused: 'Refused', hoursOf: '{{name}} {{hours}} h',
    },
    form: {
      assigneeKind: 'Dispatch to', assignee: 'Assignee', assigneeSearch: 'Type a name or pinyin', reason: 'Reason', note: 'Note', result: 'Result',
      hours: 'Hours', volunteer: 'Volunteer', addVolunteer: 'Add volunteer', satisfaction: 'Satisfaction', card: 'Card', until: 'Extend until',
      approved: 'Approve', to: 'Unit', submit: 'OK', cancel: 'Cancel', noAssignee: 'Nobody to choose yet: register volunteers or teams first.',
    },
    reject: {
      notFirst: 'The request was already taken', noIntake: 'The request has no intake', wrongStatus: 'Not possible in the current status',
      notAuthorised: 'This station may not take this step', invalidData: 'Something is missing or malformed', badTarget: 'Wrong target unit',
      paused: 'Already waiting on the resident', notPaused: 'The clock is not paused', extensionPending: 'An extension is already awaiting a decision',
      noExtensionPending: 'No extension awaits a decision', roleNotAllowed: 'Your role may not do this', notFound: 'No such request',
    },
    supervision: {
      title: 'Supervision', overdue: 'Overdue', oftenReturned: 'Returned 2+ times', oftenExtended: 'Extended 2+ times', empty: 'Nothing needs attention',
      shown: 'First {{count}} shown', onlySupervisors: 'Supervision is for supervisors and station admins.',
    },
  },
);
