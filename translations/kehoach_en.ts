<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="79" />
        <source>Tạm thời — chưa có bản chính thức</source>
        <translation>Provisional — no official version yet</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="79" />
        <source>Chính thức</source>
        <translation>Official</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="82" />
        <source>; {0} tiêu chí chưa đối chiếu đủ nguồn</source>
        <translation>; {0} criteria not yet checked against enough sources</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="85" />
        <source>; {0} tên tiêu chuẩn chưa đối chiếu đủ nguồn</source>
        <translation>; {0} standard titles not yet checked against enough sources</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="88" />
        <source>; sửa đổi bởi Thông tư {0}</source>
        <translation>; amended by Circular {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="90" />
        <source>; sửa đổi bởi Thông tư {0} (chưa xác minh ảnh hưởng đến tiêu chí)</source>
        <translation>; amended by Circular {0} (its effect on the criteria is not yet verified)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="100" />
        <source>Không tìm thấy tệp giấy phép phông chữ ({0}).</source>
        <translation>The font licence file was not found ({0}).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="122" />
        <source>Giới thiệu Kế hoạch CLGD</source>
        <translation>About Kế hoạch CLGD</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="129" />
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="130" />
        <source>Danh mục tiêu chí</source>
        <translation>Criteria catalogs</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="133" />
        <source>Giấy phép phông chữ</source>
        <translation>Font licence</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="135" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="149" />
        <source>Kế hoạch cải tiến chất lượng giáo dục</source>
        <translation>Education quality improvement plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="150" />
        <source>Phiên bản {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="151" />
        <source>Qt {0} · PySide6 {1} · Python {2}</source>
        <translation>Qt {0} · PySide6 {1} · Python {2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <source>Dùng để</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="164" />
        <source>Qt và PySide6 được dùng theo giấy phép LGPL phiên bản 3. Các thư viện Qt nằm thành tệp riêng trong thư mục chương trình (_internal) và có thể thay bằng bản tương thích khác; mã nguồn Qt và PySide6 có tại qt.io. Phông chữ Liberation Serif được phân phối kèm giấy phép SIL OFL 1.1 (xem thẻ «Giấy phép phông chữ»).</source>
        <translation>Qt and PySide6 are used under the LGPL version 3. The Qt libraries are separate files in the program folder (_internal) and can be replaced with another compatible build; the Qt and PySide6 source code is available at qt.io. The Liberation Serif font is distributed under the SIL OFL 1.1 (see the “Font licence” tab).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Khung tiêu chí</source>
        <translation>Criteria framework</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="40" />
        <source>Tệp mới…</source>
        <translation>New file…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="41" />
        <source>Mở…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="42" />
        <source>Lưu bản sao…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="43" />
        <source>Đóng tệp</source>
        <translation>Close file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="44" />
        <source>Mở trường mẫu</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="45" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="46" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="48" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="50" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="51" />
        <source>Nhân bản dòng</source>
        <translation>Duplicate row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="52" />
        <source>Xóa dòng…</source>
        <translation>Delete row…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="53" />
        <source>Chuyển dòng lên</source>
        <translation>Move row up</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="54" />
        <source>Chuyển dòng xuống</source>
        <translation>Move row down</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="55" />
        <source>Tìm…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="56" />
        <source>Tìm tiếp</source>
        <translation>Find next</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="57" />
        <source>Thông tin kế hoạch…</source>
        <translation>Plan details…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="58" />
        <source>Kế hoạch năm sau…</source>
        <translation>Next year's plan…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="59" />
        <source>Kế hoạch mới…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="60" />
        <source>Thông tin trường…</source>
        <translation>School details…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="61" />
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="62" />
        <source>Cập nhật tiến độ…</source>
        <translation>Update progress…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="63" />
        <source>Biên bản kiểm tra…</source>
        <translation>Inspection record…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="64" />
        <source>Ban hành kế hoạch…</source>
        <translation>Issue the plan…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="66" />
        <source>In kế hoạch…</source>
        <translation>Print plan…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="67" />
        <source>In biên bản kiểm tra…</source>
        <translation>Print inspection record…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="68" />
        <source>In báo cáo tiến độ…</source>
        <translation>Print progress report…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="69" />
        <source>Nhập kế hoạch từ Word…</source>
        <translation>Import plan from Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="70" />
        <source>Nhập phản hồi của cơ quan quản lý…</source>
        <translation>Import the managing office's reply…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="71" />
        <source>Xuất Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="72" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="73" />
        <source>Xuất biên bản kiểm tra ra Word…</source>
        <translation>Export inspection record to Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="74" />
        <source>Xuất file gửi cơ quan quản lý…</source>
        <translation>Export file for the managing office…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="80" />
        <source>Hội đồng tự đánh giá…</source>
        <translation>Self-assessment council…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="81" />
        <source>Danh mục minh chứng…</source>
        <translation>Evidence list…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="82" />
        <source>Các nội dung khác của báo cáo…</source>
        <translation>Other report sections…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="83" />
        <source>Đề xuất vấn đề ưu tiên cho kế hoạch…</source>
        <translation>Suggest priority problems for the plan…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="84" />
        <source>Báo cáo tự đánh giá năm sau…</source>
        <translation>Next year's self-assessment report…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="85" />
        <source>Xóa báo cáo tự đánh giá năm học này…</source>
        <translation>Delete this school year's self-assessment report…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="87" />
        <source>In báo cáo tự đánh giá…</source>
        <translation>Print self-assessment report…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="88" />
        <source>In danh mục minh chứng…</source>
        <translation>Print evidence list…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="89" />
        <source>In danh sách hội đồng…</source>
        <translation>Print council list…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="90" />
        <source>Xuất báo cáo tự đánh giá ra Word…</source>
        <translation>Export self-assessment report to Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="92" />
        <source>Cây tiêu chí</source>
        <translation>Criteria tree</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="76" />
        <source>Khôi phục bản sao lưu…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="77" />
        <source>Mở tệp cơ quan quản lý…</source>
        <translation>Open a managing office file…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="78" />
        <source>Tạo tệp cơ quan quản lý mới…</source>
        <translation>New managing office file…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="91" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="98" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="100" />
        <source>Mở gần đây</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="108" />
        <source>Cơ quan quản lý</source>
        <translation>Managing office</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="114" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="122" />
        <source>&amp;Kế hoạch</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="131" />
        <source>Tự đá&amp;nh giá</source>
        <translation>Self-&amp;assessment</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="140" />
        <source>&amp;In</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="144" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="148" />
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="149" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="150" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="151" />
        <source>In kế hoạch</source>
        <translation>Print plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="152" />
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>AssessmentOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="62" />
        <source>Chưa mở tệp nào.</source>
        <translation>No file is open.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="111" />
        <source>Chưa có khung tiêu chí theo Thông tư 57/2026 cho loại trường này; chưa lập được báo cáo tự đánh giá.</source>
        <translation>There is no criteria framework under Circular 57/2026 for this type of school yet; a self-assessment report cannot be created.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="133" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="156" />
        <source>Đã lưu hội đồng tự đánh giá năm học {0} ({1} thành viên).</source>
        <translation>Saved the self-assessment council for school year {0} ({1} members).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="159" />
        <source>Còn {0} điều cần sửa trước khi in danh sách hội đồng.</source>
        <translation>{0} issues must be fixed before the council list can be printed.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="200" />
        <source>Đã lưu các nội dung khác của báo cáo tự đánh giá năm học {0}.</source>
        <translation>Saved the other sections of the self-assessment report for school year {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="212" />
        <source>Kế hoạch năm học {0} theo mẫu cũ, không có mục IV «Vấn đề ưu tiên»; chỉ kế hoạch theo Biểu 2 (Thông tư 57/2026) mới có.</source>
        <translation>The plan for school year {0} uses the old template, which has no section IV “Priority problems”; only plans following Form 2 (Circular 57/2026) have it.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="221" />
        <source>Chưa có báo cáo tự đánh giá năm học {0} hoặc {1} để đề xuất vấn đề ưu tiên.</source>
        <translation>There is no self-assessment report for school year {0} or {1} to suggest priority problems from.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="250" />
        <source>Dòng kế hoạch cho {0} vấn đề ưu tiên</source>
        <translation>Plan rows for {0} priority problems</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="257" />
        <source>Dòng cho vấn đề ưu tiên {0}</source>
        <translation>Row for priority problem {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="266" />
        <source>Đã thêm {0} vấn đề ưu tiên vào mục IV ({1} dòng kế hoạch mới; Ctrl+Z để hoàn tác).</source>
        <translation>Added {0} priority problems to section IV ({1} new plan rows; Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="285" />
        <source>Chưa có báo cáo tự đánh giá năm học {0} để lập báo cáo năm sau.</source>
        <translation>There is no self-assessment report for school year {0} to base next year's report on.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="296" />
        <source>Lập báo cáo tự đánh giá năm học {0} từ báo cáo năm học {1}? Nội dung và hội đồng được giữ để rà soát, các tiêu chí được đánh giá lại, danh mục minh chứng được chép sang (giữ nguyên mã).</source>
        <translation>Start the self-assessment report of school year {0} from the report of {1}? The texts and the council are kept for review, the criteria are judged again, and the evidence list is copied over (codes kept).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="300" />
        <source>Lưu ý: báo cáo năm học {0} còn {1} tiêu chí chưa đánh giá xong.</source>
        <translation>Note: the report of school year {0} still has {1} criteria not fully judged.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="302" />
        <source>Báo cáo tự đánh giá năm sau</source>
        <translation>Next year's self-assessment report</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="303" />
        <source>Lập báo cáo năm học {0}</source>
        <translation>Start the {0} report</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="312" />
        <source>Đã có báo cáo tự đánh giá năm học {0}; không lập lại để khỏi ghi đè.</source>
        <translation>A self-assessment report for school year {0} already exists; it was not created again, to avoid overwriting it.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="317" />
        <source>Đã lập báo cáo tự đánh giá năm học {0} từ năm học {1} và chép {2} minh chứng (giữ nguyên mã).</source>
        <translation>Created the self-assessment report for school year {0} from school year {1} and copied {2} evidence items (codes kept).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="324" />
        <source>Chưa có báo cáo tự đánh giá năm học {0}.</source>
        <translation>There is no self-assessment report for school year {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="329" />
        <source>Xóa báo cáo tự đánh giá</source>
        <translation>Delete the self-assessment report</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="330" />
        <source>Xóa báo cáo tự đánh giá năm học {0} (nội dung {1} tiêu chí và hội đồng)? Danh mục minh chứng của năm học đó được giữ. Bản sao lưu hằng ngày của tệp vẫn còn nếu cần lấy lại.</source>
        <translation>Delete the self-assessment report of school year {0} (the texts of {1} criteria and the council)? That year's evidence list is kept. The file's daily backup is still there if it is needed back.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="333" />
        <source>Xóa báo cáo năm học {0}</source>
        <translation>Delete the {0} report</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="341" />
        <source>Đã xóa báo cáo tự đánh giá năm học {0}.</source>
        <translation>The self-assessment report of school year {0} was deleted.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="27" />
        <source>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in.</source>
        <translation>The file has no school information yet; enter the school information before printing.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="50" />
        <source>Báo cáo tự đánh giá năm học {0}</source>
        <translation>Self-assessment report, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="54" />
        <source>Danh mục minh chứng năm học {0}</source>
        <translation>Evidence list, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="58" />
        <source>Hội đồng tự đánh giá năm học {0}</source>
        <translation>Self-assessment council, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="66" />
        <source>Chưa in được danh sách hội đồng tự đánh giá năm học {0}:</source>
        <translation>Cannot print the self-assessment council list for school year {0} yet:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="69" />
        <source>Hãy sửa trong «Tự đánh giá ▸ Hội đồng tự đánh giá…».</source>
        <translation>Fix this in “Self-assessment ▸ Self-assessment council…”.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="79" />
        <source>Xuất báo cáo tự đánh giá ra Word</source>
        <translation>Export self-assessment report to Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="80" />
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="89" />
        <source>Xuất tệp Word</source>
        <translation>Export Word file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="90" />
        <source>Đã xuất báo cáo tự đánh giá ra tệp Word {0}</source>
        <translation>Exported the self-assessment report to Word file {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="52" />
        <source>Tạo báo cáo tự đánh giá</source>
        <translation>Create self-assessment report</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="53" />
        <source>Tệp đã có báo cáo tự đánh giá năm học {0}. Bắt đầu báo cáo năm học {1} từ báo cáo đó? Nội dung, minh chứng và hội đồng được giữ để rà soát; các tiêu chí được đánh giá lại; phần «Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học trước» được soạn sẵn từ kế hoạch năm học {0}.</source>
        <translation>The file already has a self-assessment report for school year {0}. Start the report for school year {1} from it? Content, evidence and council are kept for review; criteria are judged again; the section “Review of the implementation of the previous school year's improvement plan” is pre-filled from the plan for school year {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="58" />
        <source>Bắt đầu từ năm học {0}</source>
        <translation>Start from school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="59" />
        <source>Báo cáo trống</source>
        <translation>Blank report</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="60" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="82" />
        <source>Báo cáo tự đánh giá:</source>
        <translation>Self-assessment report:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="183" />
        <source>Năm học {0}</source>
        <translation>School year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="186" />
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="202" />
        <source>Tạo báo cáo tự đánh giá năm học {0}…</source>
        <translation>Create self-assessment report for school year {0}…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="195" />
        <source>Tệp chưa có báo cáo tự đánh giá năm học {0}.

Báo cáo tự đánh giá (Biểu 1, Thông tư 57/2026): hội đồng viết hiện trạng của từng tiêu chí theo yêu cầu Mức 1, Mức 2, kèm mã minh chứng, và đánh giá Đạt hay Không đạt; chương trình tính mức đạt của nhà trường theo khoản 3 Điều 5.</source>
        <translation>The file has no self-assessment report for school year {0} yet.

Self-assessment report (Form 1, Circular 57/2026): the council describes the current status of each criterion against the Level 1 and Level 2 requirements, with evidence codes, and judges it Met or Not met; the program works out the school's level under clause 3 of Article 5.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="200" />
        <source>Chọn một tiêu chí ở cây bên trái để viết hiện trạng và đánh giá từng mức; chọn một tiêu chuẩn để viết đánh giá chung của tiêu chuẩn.</source>
        <translation>Select a criterion in the tree on the left to describe its current status and judge each level; select a standard to write the overall assessment of that standard.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="235" />
        <source>Đã tạo báo cáo tự đánh giá năm học {0}{1}.</source>
        <translation>Created the self-assessment report for school year {0}{1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="236" />
        <source> từ báo cáo năm học {0}</source>
        <translation> from the report for school year {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="39" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="39" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="39" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="51" />
        <source>chưa xếp mức</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="52" />
        <source>Mức {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="52" />
        <source>Chưa đạt Mức 1</source>
        <translation>Level 1 not met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="57" />
        <source>Trường chưa gửi báo cáo tự đánh giá của năm học này.</source>
        <translation>The school has not submitted its self-assessment report for this school year.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="58" />
        <source>Tệp trường gửi lên không có phần tự đánh giá (chưa làm, hoặc lập bằng phiên bản cũ của chương trình).</source>
        <translation>The file submitted by the school has no self-assessment section (not done yet, or made with an old version of the program).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="64" />
        <source>Tự đánh giá năm học {0}: {1}</source>
        <translation>Self-assessment, school year {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="65" />
        <source>Hội đồng tự đánh giá: {0} thành viên</source>
        <translation>Self-assessment council: {0} members</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="67" />
        <source>(Quyết định số {0} ngày {1})</source>
        <translation>(Decision No. {0} dated {1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="69" />
        <source>Phê duyệt báo cáo ngày {0}</source>
        <translation>Report approved on {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="70" />
        <source>Báo cáo chưa ghi ngày phê duyệt</source>
        <translation>Report approval date not entered</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="71" />
        <source>{0} minh chứng</source>
        <translation>{0} evidence items</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="73" />
        <source>{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).</source>
        <translation>{0} criteria not yet judged by the council (counted as not met).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="80" />
        <source>{0} (bắt buộc)</source>
        <translation>{0} (mandatory)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="28" />
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="65" />
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="31" />
        <source>Các bản sao lưu tự động của «{0}» (mới nhất ở trên). Khi khôi phục, tệp hiện tại cũng được sao lưu trước, nên có thể quay lại.</source>
        <translation>Automatic backups of “{0}” (newest first). Restoring backs up the current file first, so you can go back.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="38" />
        <source>Thư mục: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="44" />
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="59" />
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="66" />
        <source>Thay nội dung tệp hiện tại bằng bản sao lưu {0}?</source>
        <translation>Replace the current file's content with backup {0}?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="77" />
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <location filename="../kehoach_desktop/ui/busy.py" line="51" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/busy.py" line="52" />
        <source>Xin chờ</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/busy.py" line="132" />
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="40" />
        <source>Sửa «{0}»</source>
        <translation>Edit “{0}”</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="54" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="75" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="91" />
        <source>Chuyển dòng</source>
        <translation>Move row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="103" />
        <source>Sửa thông tin kế hoạch</source>
        <translation>Edit plan details</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="116" />
        <source>Sửa thông tin trường</source>
        <translation>Edit school details</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="94" />
        <source>Hội đồng tự đánh giá năm học {0}</source>
        <translation>Self-assessment council, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="99" />
        <source>ví dụ: 10/01/2026</source>
        <translation>e.g. 10/01/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="104" />
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="108" />
        <source>Quyết định thành lập số</source>
        <translation>Establishing decision No.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Nhóm công tác</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="113" />
        <source>Tiêu chí phụ trách</source>
        <translation>Assigned criteria</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="113" />
        <source>Nhiệm vụ cụ thể</source>
        <translation>Specific tasks</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="132" />
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="133" />
        <source>Xóa thành viên</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="134" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="135" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="136" />
        <source>Chọn tiêu chí phụ trách…</source>
        <translation>Choose assigned criteria…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="150" />
        <source>đúng một {0}</source>
        <translation>exactly one {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="152" />
        <source> (chưa đối chiếu được với văn bản)</source>
        <translation> (not verified against the legal text)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="153" />
        <source>Căn cứ: {0} — ít nhất {1:02d} thành viên{2}; {3}.</source>
        <translation>Basis: {0} — at least {1:02d} members{2}; {3}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="154" />
        <source>, số lẻ</source>
        <translation>, odd number</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="158" />
        <source>Có thể lưu hội đồng chưa đủ để nhập tiếp sau; danh sách hội đồng chỉ in được khi không còn cảnh báo nào.</source>
        <translation>You can save an incomplete council and finish it later; the council list can be printed only when no warnings remain.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="170" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="170" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="185" />
        <source>Nhấn đúp để chọn tiêu chí</source>
        <translation>Double-click to choose criteria</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="271" />
        <source>Tiêu chí {0} của {1} không có trong khung {2}.</source>
        <translation>Criterion {0} of {1} is not in the {2} framework.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="272" />
        <source>(chưa có tên)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="281" />
        <source>✓ Hội đồng có {0} thành viên, đủ điều kiện để in danh sách và ký báo cáo.</source>
        <translation>✓ The council has {0} members and is ready for printing the list and signing the report.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="287" />
        <source>Chưa phân công tiêu chí: {0}.</source>
        <translation>Criteria not assigned: {0}.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="35" />
        <source>Chương trình gặp lỗi không mong đợi. Dữ liệu đã lưu trong tệp không bị ảnh hưởng.</source>
        <translation>The program hit an unexpected error. The data saved in the file is not affected.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="37" />
        <source>Chi tiết đã được ghi vào {0}.</source>
        <translation>The details were written to {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="39" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="41" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CriteriaPicker</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="71" />
        <source>Tiêu chí phụ trách: {0}</source>
        <translation>Assigned criteria: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="71" />
        <source>Tiêu chí phụ trách</source>
        <translation>Assigned criteria</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="80" />
        <source>Chọn</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="80" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CriteriaTree</name>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="84" />
        <source>Lọc tiêu chí…</source>
        <extracomment>a criterion's result by the level it reached (0: not Mức 1); not judged yet stays grey</extracomment>
        <translation>Filter criteria…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="118" />
        <source>Tiêu chuẩn, tiêu chí</source>
        <translation>Standard, criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="118" />
        <source>Dòng · Mức</source>
        <translation>Rows · Level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="119" />
        <source>Mức đạt</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="121" />
        <source>Mức tiêu chí đạt trong báo cáo tự đánh giá; «…»: chưa đánh giá xong; * tiêu chí bắt buộc</source>
        <translation>Level met by the criterion in the self-assessment report; “…”: not fully judged; * mandatory criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="125" />
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="182" />
        <source>Tiêu chuẩn {0}: {1}</source>
        <translation>Standard {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="200" />
        <source>{0} dòng kế hoạch</source>
        <translation>{0} plan rows</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="219" />
        <source> Tiêu chí bắt buộc.</source>
        <translation> Mandatory criterion.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="223" />
        <source>Mức {0}…</source>
        <translation>Level {0}…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="225" />
        <source>Đạt Mức {0}; mức tiếp theo chưa đánh giá.</source>
        <translation>Level {0} met; next level not judged.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="226" />
        <source>Chưa đánh giá.</source>
        <translation>Not judged.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="228" />
        <source>Mức {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="228" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="230" />
        <source>Tiêu chí đạt Mức {0}.</source>
        <translation>Criterion meets Level {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="231" />
        <source>Tiêu chí không đạt Mức 1.</source>
        <translation>Criterion does not meet Level 1.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="265" />
        <source>Thêm dòng cho tiêu chí này</source>
        <translation>Add a row for this criterion</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="82" />
        <source>Tiêu chí {0}: {1}</source>
        <extracomment>the three parts of «Đánh giá chung về Tiêu chuẩn N» (Biểu 1), in the order printed</extracomment>
        <translation>Criterion {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="83" />
        <source> (tiêu chí bắt buộc)</source>
        <translation> (mandatory criterion)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="100" />
        <source>Chỉ đánh giá Mức {0} khi tiêu chí đã đạt Mức {1}.</source>
        <translation>Judge Level {0} only once the criterion meets Level {1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="103" />
        <source>Tự đánh giá: Tiêu chí đạt Mức {0}; Mức {1} chưa đánh giá</source>
        <translation>Self-assessment: criterion meets Level {0}; Level {1} not judged</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="104" />
        <source>Tự đánh giá: chưa đánh giá</source>
        <translation>Self-assessment: not judged</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="107" />
        <source>Tự đánh giá: Tiêu chí đạt Mức {0}</source>
        <translation>Self-assessment: criterion meets Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="109" />
        <source>Tự đánh giá: Tiêu chí không đạt Mức 1</source>
        <translation>Self-assessment: criterion does not meet Level 1</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="74" />
        <location filename="../kehoach_desktop/ui/dashboard.py" line="203" />
        <source>Chưa mở kế hoạch</source>
        <translation>No plan open</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="77" />
        <source>Xem tiến độ như ở cuối tháng đã chọn</source>
        <translation>Show progress as at the end of the chosen month</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="80" />
        <source>Tính đến:</source>
        <translation>As at:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="93" />
        <source>Tiến độ và kinh phí theo tiêu chuẩn</source>
        <translation>Progress and budget by standard</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="101" />
        <source>Trễ hạn và sắp đến hạn</source>
        <translation>Overdue and due soon</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="105" />
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="136" />
        <source>Tiến độ chung</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="141" />
        <source>Số dòng theo trạng thái</source>
        <translation>Rows by status</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="159" />
        <source>Kinh phí đã chi</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="214" />
        <source>Tiến độ thực hiện kế hoạch năm học {0}</source>
        <translation>Progress of the {0} school-year plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="282" />
        <source>tháng {0}</source>
        <translation>month {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="284" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="298" />
        <source>{0} dòng kế hoạch</source>
        <translation>{0} plan rows</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="301" />
        <source>{0} trễ hạn · {1} sắp đến hạn</source>
        <translation>{0} overdue · {1} due soon</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="306" />
        <source>trên {0} dự kiến ({1}%)</source>
        <translation>of {0} planned ({1}%)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="310" />
        <source>Trễ hạn ({0}) và sắp đến hạn ({1}) — bấm để mở dòng</source>
        <translation>Overdue ({0}) and due soon ({1}) — click to open the row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="316" />
        <source>Chỉ tiêu ({0})</source>
        <translation>Targets ({0})</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="24" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="24" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="24" />
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="25" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="25" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="29" />
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="29" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="75" />
        <source>{0}
Hạn: tháng {1} · {2}, {3}%
Bấm để mở dòng này trong bảng kế hoạch.</source>
        <translation>{0}
Due: {1} · {2}, {3}%
Click to open this row in the plan table.</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="111" />
        <source>Chưa có trường nào. Bấm «Nhập tệp trường…» và chọn các tệp các trường gửi lên (có thể chọn nhiều tệp một lúc).</source>
        <translation>No schools yet. Click “Import school files…” and choose the files the schools sent (several at once is fine).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="123" />
        <source>Nhập tệp trường…</source>
        <translation>Import school files…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="126" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="129" />
        <source>Xem kế hoạch của trường</source>
        <translation>View the school's plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="133" />
        <source>In bảng tổng hợp (PDF)…</source>
        <translation>Print summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="87" />
        <source>Mỗi trường hiện kế hoạch của năm học này</source>
        <translation>Each school shows its plan of this school year</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="88" />
        <source>Năm học:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="120" />
        <source>Cơ quan quản lý</source>
        <translation>Managing office</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="136" />
        <source>Thông tin cơ quan…</source>
        <translation>Office details…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="138" />
        <source>Xuất tệp tổng hợp gửi cấp trên…</source>
        <translation>Export the consolidated file for the level above…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="139" />
        <source>Một tệp chứa tệp của mọi trường cơ quan đang giữ, để gửi Sở GD&amp;ĐT</source>
        <translation>One file holding the files of every school this office keeps, to send to the provincial Department of Education</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="144" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="148" />
        <source>T&amp;rường</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="153" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="171" />
        <source>{0} — Kế hoạch (Cơ quan quản lý)</source>
        <translation>{0} — Kế hoạch (managing office)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="174" />
        <source>Tệp này là của {0}, cơ quan không còn từ 01/7/2025. Hãy chọn cơ quan quản lý hiện nay ở «Thông tin cơ quan…»; lịch sử các lần nhập được giữ nguyên, văn bản ngày trước 01/7/2025 vẫn in Phòng GD&amp;ĐT.</source>
        <translation>This file belongs to {0}, an office that no longer exists since 1 July 2025. Choose today's managing office under «Office details…»; the import history is kept as it is, and documents dated before 1 July 2025 still print the Phòng GD&amp;ĐT.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="198" />
        <source>{0} · {1} trường, {2} có kế hoạch năm học {3} · {4} trường có dòng trễ hạn · tệp: {5}</source>
        <translation>{0} · {1} schools, {2} with a plan for school year {3} · {4} schools with late rows · file: {5}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="223" />
        <source>Hãy chọn một trường trong bảng.</source>
        <translation>Select a school in the table first.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="236" />
        <source>Lưu bảng tổng hợp</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="237" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="246" />
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="246" />
        <source>Không ghi được tệp {0} ({1}).</source>
        <translation>Could not write the file {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="250" />
        <source>Đã lưu bảng tổng hợp: {0}</source>
        <translation>Summary saved: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="265" />
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="270" />
        <source>Đã lưu thông tin cơ quan.</source>
        <translation>The office's details were saved.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="279" />
        <source>Lưu tệp tổng hợp gửi cấp trên</source>
        <translation>Save the consolidated file for the level above</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="280" />
        <source>Tệp tổng hợp (*.zip)</source>
        <translation>Consolidated file (*.zip)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="291" />
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="293" />
        <source>Đã xuất tệp tổng hợp {0} trường: {1}</source>
        <translation>Exported the consolidated file of {0} schools: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="299" />
        <source>Chọn các tệp trường gửi lên</source>
        <translation>Choose the files the schools sent</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="300" />
        <source>Tệp trường, tệp tổng hợp của xã (*.db *.zip);;Mọi tệp (*)</source>
        <translation>School files, commune consolidated files (*.db *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="313" />
        <location filename="../kehoach_desktop/ui/district/window.py" line="339" />
        <location filename="../kehoach_desktop/ui/district/window.py" line="352" />
        <source>Không nhập được</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="333" />
        <source>Không tệp nào được nhận.</source>
        <translation>No file was accepted.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="82" />
        <source>Danh mục minh chứng năm học {0}</source>
        <translation>Evidence list, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="85" />
        <source>Lọc: mã, tên, số văn bản, nơi lưu…</source>
        <translation>Filter: code, name, document number, storage location…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="88" />
        <source>Mọi tiêu chí</source>
        <translation>All criteria</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="90" />
        <source>Tiêu chí {0}</source>
        <translation>Criterion {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Tên minh chứng</source>
        <translation>Evidence name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Số, ngày, nơi ban hành</source>
        <translation>No., date, issued by</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Nơi lưu</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="100" />
        <source>Hết hạn</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="100" />
        <source>Dùng ở tiêu chí</source>
        <translation>Cited in criteria</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="119" />
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="120" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="121" />
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="122" />
        <source>Mở nơi lưu</source>
        <translation>Open storage location</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="123" />
        <source>Chép danh mục năm trước</source>
        <translation>Copy last year's list</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="124" />
        <source>Chép các minh chứng của năm học {0} sang năm học này, giữ nguyên mã.</source>
        <translation>Copy the evidence of school year {0} to this school year, keeping the codes.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="161" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="189" />
        <source>Cảnh báo ({0}) — nhấn vào một dòng để chọn minh chứng:</source>
        <translation>Warnings ({0}) — click a row to select the evidence:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="190" />
        <source>Không có cảnh báo.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="210" />
        <source>Chưa được trích dẫn ở đâu</source>
        <translation>Not cited anywhere</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="217" />
        <source>{0}/{1} minh chứng</source>
        <translation>{0}/{1} evidence items</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="248" />
        <source>{0} không có trong danh mục năm học này: thêm minh chứng đó bằng «Thêm…» (mã được cấp theo thứ tự) hoặc sửa trích dẫn trong báo cáo.</source>
        <translation>{0} is not in this school year's list: add that evidence with “Add…” (codes are assigned in order) or fix the citation in the report.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="265" />
        <source>Đã thêm minh chứng {0}.</source>
        <translation>Added evidence {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="273" />
        <source>Đã lưu minh chứng {0}.</source>
        <translation>Saved evidence {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="291" />
        <source>Xóa minh chứng {0} ({1}) khỏi danh mục năm học {2}?</source>
        <translation>Delete evidence {0} ({1}) from the list for school year {2}?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="293" />
        <source>⚠ Mã này đang được trích dẫn ở: {0}. Sau khi xóa, các trích dẫn đó sẽ thành mã không có trong danh mục.</source>
        <translation>⚠ This code is cited in: {0}. After deletion, those citations will point to a code that is not in the list.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="295" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="303" />
        <source>Đã xóa minh chứng {0}; mã này không được cấp lại.</source>
        <translation>Deleted evidence {0}; this code will not be reused.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="311" />
        <source>Năm học {0} chưa có danh mục minh chứng; không có gì để chép.</source>
        <translation>School year {0} has no evidence list; nothing to copy.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="315" />
        <source>Cả {0} minh chứng của năm học {1} đã có trong danh mục năm học {2}; không có gì mới để chép.</source>
        <translation>All {0} evidence items of school year {1} are already in the list of school year {2}; there is nothing new to copy.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="318" />
        <source>Chép {0} minh chứng của năm học {1} sang năm học {2}? Các mã được giữ nguyên; mã đã có trong năm học {2} không bị thay.</source>
        <translation>Copy {0} evidence items from school year {1} to school year {2}? Codes are kept; codes already in school year {2} are not replaced.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="320" />
        <source>Chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="328" />
        <source>Đã chép {0} minh chứng của năm học {1} (giữ nguyên mã); {2} mã đã có sẵn.</source>
        <translation>Copied {0} evidence items from school year {1} (codes kept); {2} codes already existed.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="361" />
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>EvidenceItemDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="39" />
        <source>Sửa minh chứng {0}</source>
        <translation>Edit evidence {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="39" />
        <source>Thêm minh chứng</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="52" />
        <source>ví dụ: 05/9/2025</source>
        <translation>e.g. 05/9/2025</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="54" />
        <source>Hiệu trưởng, UBND xã …</source>
        <translation>Principal, commune People's Committee …</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="56" />
        <source>Hồ sơ giấy, tủ 2 — hoặc thư mục D:\MinhChung\TC1</source>
        <translation>Paper records, cabinet 2 — or folder D:\MinhChung\TC1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="57" />
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="63" />
        <source>nếu có: giấy phép, chứng nhận còn hiệu lực đến</source>
        <translation>if any: date a licence or certificate remains valid until</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="67" />
        <source>Tiêu chí gốc</source>
        <translation>Primary criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="68" />
        <source>Mã minh chứng</source>
        <translation>Evidence code</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="69" />
        <source>Tên minh chứng</source>
        <translation>Evidence name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="70" />
        <source>Số văn bản</source>
        <translation>Document No.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="71" />
        <source>Ngày ban hành</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="72" />
        <source>Nơi ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="73" />
        <source>Nơi lưu</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="74" />
        <source>Hết hiệu lực ngày</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="75" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="81" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="81" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="90" />
        <source>{0} (mã tiếp theo của tiêu chí {1}, cấp khi lưu)</source>
        <translation>{0} (next code for criterion {1}, assigned on saving)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="94" />
        <source>Thư mục lưu minh chứng</source>
        <translation>Evidence storage folder</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="30" />
        <source>Chèn mã minh chứng — tiêu chí {0}</source>
        <translation>Insert evidence code — criterion {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="32" />
        <source>Tìm theo mã hoặc tên minh chứng…</source>
        <translation>Search by evidence code or name…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="44" />
        <source>Danh mục minh chứng năm học {0}: {1} mục. Đánh dấu một hoặc nhiều mục rồi nhấn «Chèn» (nhấn đúp để chèn một mục).</source>
        <translation>Evidence list for school year {0}: {1} items. Tick one or more items and click “Insert” (double-click to insert a single item).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="46" />
        <source>Danh mục minh chứng năm học {0} chưa có mục nào: hãy thêm minh chứng trong «Danh mục minh chứng…» hoặc gõ mã vào ô bên cạnh nút.</source>
        <translation>The evidence list for school year {0} is empty: add evidence in “Evidence list…” or type a code in the box next to the button.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="50" />
        <source>Chèn</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="51" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExchangeOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="49" />
        <source>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.</source>
        <translation>The file has no school details yet; enter the school details first.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="81" />
        <source>Xuất kế hoạch ra Word</source>
        <translation>Export plan to Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="82" />
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="88" />
        <source>Xuất tệp Word</source>
        <translation>Exporting the Word file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="88" />
        <source>Đã xuất kế hoạch ra tệp Word {0}</source>
        <translation>Plan exported to the Word file {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="91" />
        <source>Xuất kế hoạch ra Excel</source>
        <translation>Export plan to Excel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="92" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="103" />
        <source>Xuất tệp Excel</source>
        <translation>Exporting the Excel file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="103" />
        <source>Đã xuất kế hoạch ra tệp Excel {0}</source>
        <translation>Plan exported to the Excel file {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="132" />
        <source>Đã xuất tệp gửi {0}: {1}</source>
        <translation>Exported the file for {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="134" />
        <source>Đã xuất tệp gửi cơ quan quản lý: {0}</source>
        <translation>Exported the file for the managing office: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="159" />
        <source>Đã khôi phục bản sao lưu vào {0}.</source>
        <translation>Backup restored into {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="169" />
        <source>Mở tệp của cơ quan quản lý</source>
        <translation>Open a managing office's file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="170" />
        <source>Tệp cơ quan quản lý (*.db);;Mọi tệp (*)</source>
        <translation>Managing office files (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="175" />
        <source>«{0}» không phải tệp của cơ quan quản lý. Tệp của một trường hãy mở bằng «Mở…».</source>
        <translation>«{0}» is not a managing office's file. Open a school's file with «Open…».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="187" />
        <source>Tạo tệp cơ quan quản lý mới</source>
        <translation>Create a new managing office file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="188" />
        <source>Tệp cơ quan quản lý (*.db)</source>
        <translation>Managing office files (*.db)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="24" />
        <source>Chọn nơi lưu tệp gửi cơ quan quản lý (ví dụ ổ USB)</source>
        <translation>Choose where to save the file for the managing office (a USB stick, for example)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="32" />
        <source>Xuất tệp không thành công</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="36" />
        <source>Đã xuất tệp</source>
        <translation>File exported</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="37" />
        <source>Đã lưu tệp gửi cơ quan quản lý:
{0}

Tệp đã được đọc lại và kiểm tra; có thể rút ổ USB an toàn sau khi hệ điều hành báo xong.</source>
        <translation>Saved the file for the managing office:
{0}

The file was read back and checked; the USB stick can be removed safely once the system says it is done.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="32" />
        <source>Tệp kế hoạch (*.db);;Mọi tệp (*)</source>
        <translation>Plan files (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="35" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="36" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="55" />
        <source>Tạo tệp trường mới</source>
        <translation>Create a new school file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="61" />
        <source>Tệp «{0}» đã có. Hãy chọn tên khác để không ghi đè dữ liệu.</source>
        <translation>The file “{0}” already exists. Choose another name so that no data is overwritten.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="67" />
        <source>Mở tệp trường</source>
        <translation>Open a school file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="86" />
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="99" />
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="103" />
        <source>Hãy chọn một tệp khác với tệp đang mở.</source>
        <translation>Choose a file other than the one that is open.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="110" />
        <source>Đã lưu bản sao vào {0}</source>
        <translation>Copy saved to {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="14" />
        <source>Tìm trong kế hoạch (không cần dấu)…</source>
        <translation>Find in the plan (accents optional)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="16" />
        <source>Trước</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="17" />
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="18" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="21" />
        <source>Tìm:</source>
        <translation>Find:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="99" />
        <source>Thiết lập tệp trường mới</source>
        <translation>Set up a new school file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="99" />
        <source>Kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="104" />
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="105" />
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="106" />
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="107" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HeldFilesDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="28" />
        <source>Tệp chờ xác nhận</source>
        <translation>Files awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="30" />
        <source>Khóa ký tệp đã đổi</source>
        <translation>The signing key has changed</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="30" />
        <source>Trường đổi tên</source>
        <translation>The school has a new name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="31" />
        <source>Thời điểm xuất ở tương lai</source>
        <translation>Export time in the future</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="31" />
        <source>Mã giống mã trường đã có</source>
        <translation>Code looks like a known school's</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="33" />
        <source>Các tệp sau chưa được nhập. Hãy đọc lý do (nên gọi điện cho trường để đối chiếu), đánh dấu «Xác nhận» tệp nào đúng rồi bấm «Nhập các tệp đã xác nhận». Tệp không đánh dấu vẫn chưa được nhập.</source>
        <translation>These files were not imported. Read each reason (phone the school to check), tick «Confirm» for the genuine ones, then press «Import the confirmed files». Unticked files stay unimported.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="46" />
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="47" />
        <source>Nhập tệp {0} dù có điều trên</source>
        <translation>Import {0} despite the above</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="58" />
        <source>Nhập các tệp đã xác nhận</source>
        <translation>Import the confirmed files</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="59" />
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>HistoryOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="29" />
        <source>Gỡ trường khỏi danh sách…</source>
        <translation>Remove school from the list…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="30" />
        <source>Bỏ trường đang chọn khỏi bảng; các lần nhập vẫn được giữ trong lịch sử, có thể hoàn tác</source>
        <translation>Take the selected school out of the table; its imports stay in the history; can be undone</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="33" />
        <source>Trở lại bản nhập trước…</source>
        <translation>Back to the previous import…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="34" />
        <source>Dùng lại bản nhập trước của trường đang chọn; bản mới vẫn được giữ trong lịch sử, có thể hoàn tác</source>
        <translation>Use the selected school's previous import again; the newer one stays in the history; can be undone</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="37" />
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="116" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="54" />
        <source>Hãy chọn một trường trong bảng.</source>
        <translation>Select a school in the table.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="63" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="68" />
        <source>Gỡ trường khỏi danh sách</source>
        <translation>Remove school from the list</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="69" />
        <source>Gỡ {0} (mã {1}) khỏi danh sách của cơ quan?

Các lần nhập của trường vẫn được giữ trong lịch sử; nhập lại tệp của trường thì trường trở lại danh sách. Có thể hoàn tác («Hoàn tác»).</source>
        <translation>Remove {0} (code {1}) from the office's list?

The school's imports stay in the history; importing its file again brings it back. This can be undone («Undo»).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="78" />
        <source>Đã gỡ {0} khỏi danh sách. Bấm «Hoàn tác» để đưa trở lại.</source>
        <translation>{0} was removed from the list. Press «Undo» to bring it back.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="90" />
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="95" />
        <source>Trở lại bản nhập trước</source>
        <translation>Back to the previous import</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="91" />
        <source>{0} mới được nhập một lần; không có bản nhập trước để trở lại.</source>
        <translation>{0} has been imported only once; there is no previous import to go back to.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="96" />
        <source>Dùng lại bản trước của {0} (mã {1}), bản xuất lúc {2}?

Bản đang dùng (xuất lúc {3}) vẫn được giữ trong lịch sử. Có thể hoàn tác («Hoàn tác»).</source>
        <translation>Use the previous copy of {0} (code {1}), exported at {2}?

The copy in use (exported at {3}) stays in the history. This can be undone («Undo»).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="105" />
        <source>{0}: đã trở lại bản xuất lúc {1}.</source>
        <translation>{0}: back to the copy exported at {1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="111" />
        <source>Không có gì để hoàn tác.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="113" />
        <source>đưa {0} (mã {1}) trở lại danh sách</source>
        <translation>bring {0} (code {1}) back to the list</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="114" />
        <source>dùng lại bản nhập của {0} (mã {1}) trước lần «Trở lại bản nhập trước»</source>
        <translation>use the import of {0} (code {1}) from before «Back to the previous import»</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="116" />
        <source>Hoàn tác: {0}?</source>
        <translation>Undo: {0}?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="123" />
        <source>Đã hoàn tác: {0}.</source>
        <translation>Undone: {0}.</translation>
    </message>
</context>
<context>
    <name>ImportDocxDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="40" />
        <source>Nhập kế hoạch từ Word: {0}</source>
        <translation>Import a plan from Word: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="42" />
        <source>Biểu 2 (Thông tư 57/2026)</source>
        <translation>Form 2 (Circular 57/2026)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="42" />
        <source>mẫu 9 cột (2018)</source>
        <translation>9-column form (2018)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="43" />
        <source>Trường:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="43" />
        <source>(không thấy tên trường)</source>
        <translation>(school name not found)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="44" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="45" />
        <source>Số, ngày:</source>
        <translation>Number, date:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="48" />
        <source>Lưu thành năm học:</source>
        <translation>Save as school year:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="54" />
        <source>{0} dòng kế hoạch đọc được:</source>
        <translation>{0} plan rows read:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="57" />
        <source>{0} cảnh báo — hãy kiểm tra trước khi nhập:</source>
        <translation>{0} warnings — check them before importing:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="58" />
        <source>Không có cảnh báo.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="64" />
        <source>Nhập kế hoạch</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="64" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Nội dung / giải pháp</source>
        <translation>Content / solutions</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Thời gian</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="73" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="73" />
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="73" />
        <source>Số tiền (đ)</source>
        <translation>Amount (dong)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="84" />
        <source>chưa rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="110" />
        <source>Tệp đã có kế hoạch năm học {0}; hãy chọn năm học khác.</source>
        <translation>The file already has a plan for {0}; choose another school year.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="60" />
        <source>Nhập tệp trường</source>
        <translation>Import school files</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="62" />
        <source>Đang nhập tệp các trường…</source>
        <translation>Importing the schools' files…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="68" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="69" />
        <source>Dừng sau tệp đang nhập; các tệp đã nhập được giữ</source>
        <translation>Stop after the file being imported; files already imported are kept</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="82" />
        <source>Đã nhập {0}/{1}: {2}</source>
        <translation>Imported {0}/{1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="28" />
        <source>Kết quả nhập tệp</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="30" />
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="30" />
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="31" />
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="31" />
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="31" />
        <source>Chờ xác nhận</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="34" />
        <source>{0} tệp: {1} thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối.</source>
        <translation>{0} files: {1} new, {2} updated, {3} unchanged, {4} refused.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="37" />
        <source>Tệp bị từ chối không làm thay đổi dữ liệu của Phòng.</source>
        <translation>Refused files do not change the office's data.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="39" />
        <source>{0} tệp chờ xác nhận, chưa được nhập (cuối bảng).</source>
        <translation>{0} files await confirmation and were not imported (at the end of the table).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="43" />
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="43" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="43" />
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="74" />
        <source>Đã dừng theo yêu cầu: {0} tệp chưa nhập; các tệp trên đã được lưu.</source>
        <translation>Stopped as asked: {0} files not imported; the files above were saved.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="70" />
        <source>Biên bản kiểm tra kế hoạch năm học {0}</source>
        <translation>Inspection record of the {0} plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="73" />
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="74" />
        <source>Thành phần</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="75" />
        <source>Kết quả từng dòng</source>
        <translation>Findings per row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="76" />
        <source>Nhận xét, kết luận</source>
        <translation>Comments, conclusion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="83" />
        <source>Lưu biên bản</source>
        <translation>Save record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="83" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="90" />
        <source>Ví dụ: 05/BB-PGDĐT</source>
        <translation>e.g. 05/BB-PGDĐT</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="92" />
        <source>Ví dụ: UBND QUẬN 3</source>
        <translation>e.g. UBND QUẬN 3</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="95" />
        <source>Ví dụ: PHÒNG VĂN HÓA - XÃ HỘI (trống: như tên cơ quan kiểm tra)</source>
        <translation>For example: PHÒNG VĂN HÓA - XÃ HỘI (empty: the inspecting office's name)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="97" />
        <source>Căn cứ Quyết định số … về việc kiểm tra …</source>
        <translation>Pursuant to Decision No. … on the inspection of …</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="104" />
        <source>Số biên bản:</source>
        <translation>Record number:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="104" />
        <source>Cơ quan chủ quản:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="105" />
        <source>Cơ quan kiểm tra:</source>
        <translation>Inspecting office:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="106" />
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="106" />
        <source>Dòng tên cơ quan trên tiêu đề:</source>
        <translation>Office line of the letterhead:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="107" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="107" />
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="108" />
        <source>Kết thúc:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="115" />
        <source>Đoàn kiểm tra:</source>
        <translation>Inspection team:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="116" />
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="122" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="116" />
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="122" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="116" />
        <source>Nhiệm vụ trong đoàn</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="117" />
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="117" />
        <source>Bớt thành viên</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="121" />
        <source>Đại diện nhà trường:</source>
        <translation>For the school:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="123" />
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="123" />
        <source>Bớt người</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="139" />
        <source>Đã hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="139" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="140" />
        <source>Không hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="140" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="147" />
        <source>Dòng kế hoạch</source>
        <translation>Plan row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="138" />
        <source>Kết quả</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="138" />
        <source>Nhận xét</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="185" />
        <source>Mỗi nhận xét một dòng; «Tiêu chuẩn 2: …» là nhận xét về tiêu chuẩn đó</source>
        <translation>One comment per line; “Tiêu chuẩn 2: …” is a comment on that standard</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="188" />
        <source>Mỗi kiến nghị một dòng</source>
        <translation>One recommendation per line</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="191" />
        <source>Nhận xét của đoàn:</source>
        <translation>Team's comments:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="192" />
        <source>Kiến nghị:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="193" />
        <source>Kết luận:</source>
        <translation>Conclusion:</translation>
    </message>
</context>
<context>
    <name>InspectionOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="24" />
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="50" />
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="63" />
        <source>Biên bản kiểm tra</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="27" />
        <source>Lập, sửa, in biên bản kiểm tra kế hoạch của trường đang chọn</source>
        <translation>Make, edit and print the inspection record of the selected school's plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="28" />
        <source>Lập hoặc sửa biên bản…</source>
        <translation>Make or edit a record…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="30" />
        <source>In biên bản (PDF)…</source>
        <translation>Print the record (PDF)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="46" />
        <source>Hãy chọn một trường trong bảng.</source>
        <translation>Select a school in the table.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="58" />
        <source>Biên bản số {0}: {1} ({2})</source>
        <translation>Record {0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="60" />
        <source>chưa có số</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="62" />
        <source>Lập biên bản mới</source>
        <translation>Make a new record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="63" />
        <source>Biên bản:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="97" />
        <source>Biên bản kiểm tra: {0}, kế hoạch năm học {1}</source>
        <translation>Inspection record: {0}, plan for {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="106" />
        <source>Đã lưu biên bản kiểm tra số {0} của {1} (năm học {2}); biên bản đi kèm phản hồi gửi trường.</source>
        <translation>Saved inspection record {0} of {1} ({2}); the record goes with the reply to the school.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="126" />
        <source>{0} chưa có biên bản kiểm tra năm học {1}; hãy «Lập hoặc sửa biên bản…» trước.</source>
        <translation>{0} has no inspection record for {1}; use «Make or edit a record…» first.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="130" />
        <source>Lưu biên bản kiểm tra</source>
        <translation>Save the inspection record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="132" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="142" />
        <source>Đã lưu biên bản kiểm tra: {0}</source>
        <translation>Saved the inspection record: {0}</translation>
    </message>
</context>
<context>
    <name>IssueOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="28" />
        <source>Ban hành kế hoạch năm học {0} thành &lt;b&gt;lần ban hành {1}&lt;/b&gt;?</source>
        <translation>Issue the {0} plan as &lt;b&gt;revision {1}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="29" />
        <source>Nội dung hiện tại được lưu cố định cùng một mã xác thực; mã này và mã QR in ở chân mỗi trang, ai cầm bản in cũng tra lại được.</source>
        <translation>The current content is frozen with a verification code; the code and a QR code are printed in the footer of every page, so anyone holding the paper can check it.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="32" />
        <source>Lần ban hành {0} ({1}) vẫn được giữ nguyên và xem lại được.</source>
        <translation>Revision {0} ({1}) is kept unchanged and can still be read.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="34" />
        <source>Sau khi ban hành vẫn sửa được kế hoạch; khi đó bản in ghi «Bản dự thảo» cho đến khi ban hành lần {0}.</source>
        <translation>The plan can still be edited after issuing; prints then say “Draft” until revision {0} is issued.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="40" />
        <source>Đã ban hành kế hoạch năm học {0}, lần {1}.&lt;br&gt;Mã xác thực: &lt;b&gt;{2}&lt;/b&gt;&lt;br&gt;Mã này được in ở chân mỗi trang (kèm mã QR); tra lại bằng lệnh &lt;tt&gt;kehoach verify&lt;/tt&gt;.</source>
        <translation>The {0} plan was issued as revision {1}.&lt;br&gt;Verification code: &lt;b&gt;{2}&lt;/b&gt;&lt;br&gt;The code is printed in the footer of every page (with a QR code); check it with &lt;tt&gt;kehoach verify&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="58" />
        <source>Kế hoạch không thay đổi từ lần ban hành {0}; mã xác thực vẫn là &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>The plan has not changed since revision {0}; its verification code is still &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="70" />
        <source>Ban hành kế hoạch</source>
        <translation>Issue the plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="78" />
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="79" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="87" />
        <source>Chưa mở kế hoạch nào.</source>
        <translation>No plan is open.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="97" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LevelBanner</name>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="45" />
        <source>Thử xem: tiêu chí này đạt mức khác thì nhà trường đạt mức nào</source>
        <translation>Try it: which level the school would reach if this criterion met a different level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="56" />
        <source>Thử nếu tiêu chí</source>
        <translation>Try if criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="58" />
        <source>đạt</source>
        <translation>meets</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="82" />
        <source>&lt;b&gt;Khung {0} không có quy tắc xếp mức của nhà trường.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The {0} framework has no rules for the school's level.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="87" />
        <location filename="../kehoach_desktop/ui/level_banner.py" line="118" />
        <source>Mức {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="87" />
        <location filename="../kehoach_desktop/ui/level_banner.py" line="116" />
        <source>Chưa đạt Mức 1</source>
        <translation>Level 1 not met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="88" />
        <source>&lt;b&gt;Mức đạt của nhà trường: &lt;span style='color:{0}'&gt;{1}&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;School's level: &lt;span style='color:{0}'&gt;{1}&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="95" />
        <source>Còn {0} tiêu chí chưa đánh giá xong</source>
        <translation>{0} criteria not yet fully judged</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="96" />
        <source>Đã đánh giá đủ {0} tiêu chí</source>
        <translation>All {0} criteria judged</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="150" />
        <source>nhà trường đạt Mức {0}</source>
        <translation>school reaches Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="151" />
        <source>nhà trường chưa đạt Mức 1</source>
        <translation>school does not reach Level 1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="153" />
        <source>Nếu tiêu chí {0} đạt Mức {1}: {2}</source>
        <translation>If criterion {0} meets Level {1}: {2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="155" />
        <source>Nếu tiêu chí {0} không đạt Mức 1: {1}</source>
        <translation>If criterion {0} does not meet Level 1: {1}</translation>
    </message>
</context>
<context>
    <name>LevelBox</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="104" />
        <source>&lt;b&gt;Mức {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Level {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="109" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="109" />
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="110" />
        <source>Chưa đánh giá</source>
        <translation>Not judged</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="119" />
        <source>Hiện trạng, kết quả đạt được (kèm mã minh chứng):</source>
        <translation>Current status and results (with evidence codes):</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="121" />
        <source>Ví dụ: Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01).</source>
        <translation>E.g.: The school issued its school-year plan as required (MC.1.1.01).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="128" />
        <source>Chèn mã minh chứng…</source>
        <translation>Insert evidence code…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="129" />
        <source>Chọn trong danh mục minh chứng của năm học; mã được chèn vào chỗ con trỏ</source>
        <translation>Choose from the school year's evidence list; the code is inserted at the cursor</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="131" />
        <source>hoặc gõ mã, ví dụ MC.1.1.01, rồi nhấn Enter</source>
        <translation>or type a code, e.g. MC.1.1.01, then press Enter</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="158" />
        <source>Yêu cầu: {0}</source>
        <translation>Requirement: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="158" />
        <source>(Danh mục không có yêu cầu của mức này.)</source>
        <translation>(The framework has no requirement for this level.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="216" />
        <source>Không thấy mã minh chứng nào dạng {0} trong «{1}».</source>
        <translation>No evidence code of the form {0} found in “{1}”.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="238" />
        <source>Minh chứng trích dẫn: {0}</source>
        <translation>Cited evidence: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="240" />
        <source>{0} không có trong danh mục minh chứng</source>
        <translation>{0} is not in the evidence list</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="243" />
        <source>Chưa trích dẫn mã minh chứng nào.</source>
        <translation>No evidence code cited yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="73" />
        <source> Kế hoạch: </source>
        <translation> Plan: </translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="95" />
        <location filename="../kehoach_desktop/ui/main_window.py" line="404" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="100" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="240" />
        <source>Năm học {0} · {1}</source>
        <translation>School year {0} · {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="159" />
        <source>Không chuyển được sang cửa sổ kia (có thể nó vừa đóng). Hãy mở lại tệp.</source>
        <translation>Could not switch to the other window (it may have just closed). Open the file again.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="105" />
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="250" />
        <source> (bản sao {0})</source>
        <translation> (copy {0})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="251" />
        <source>Tệp cũ có hai kế hoạch cùng năm học; bản sao này được giữ để không mất dòng nào. Hãy đổi năm học của nó trong «Thông tin kế hoạch…».</source>
        <translation>The old file had two plans for the same school year; this copy was kept so that no row is lost. Change its school year in «Plan details…».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="286" />
        <source>Tiêu chí {0}: {1}</source>
        <translation>Criterion {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="287" />
        <source>Dòng {0}</source>
        <translation>Row {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="319" />
        <source>Tiêu chí {0} chưa có dòng nào. Nhấn chuột phải để thêm dòng.</source>
        <translation>Criterion {0} has no rows yet. Right-click to add one.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="386" />
        <source>Chưa lưu được vào tệp!</source>
        <translation>Not saved to the file!</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="400" />
        <source>Kế hoạch cải tiến chất lượng giáo dục</source>
        <translation>Education quality improvement plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="403" />
        <source>(chưa có thông tin trường)</source>
        <translation>(no school details yet)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="405" />
        <source> (chỉ xem)</source>
        <translation> (view only)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="407" />
        <source>Chỉ xem: tệp đang mở ở một cửa sổ khác</source>
        <translation>View only: the file is open in another window</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="410" />
        <source>Mọi thay đổi được lưu ngay vào tệp</source>
        <translation>Every change is saved to the file at once</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="34" />
        <source>Thông tin cơ quan quản lý</source>
        <translation>Managing office details</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="34" />
        <source>Tệp cơ quan quản lý mới</source>
        <translation>New managing office file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="41" />
        <source>xã Vĩnh Hải</source>
        <translation>xã Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="42" />
        <source>thành phố Hải Phòng</source>
        <translation>thành phố Hải Phòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="44" />
        <source>Phòng Văn hóa - Xã hội xã Vĩnh Hải</source>
        <translation>Phòng Văn hóa - Xã hội xã Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="45" />
        <source>UBND XÃ VĨNH HẢI</source>
        <translation>UBND XÃ VĨNH HẢI</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="45" />
        <source>PHÒNG VĂN HÓA - XÃ HỘI</source>
        <translation>PHÒNG VĂN HÓA - XÃ HỘI</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="46" />
        <source>Vĩnh Hải</source>
        <translation>Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="46" />
        <source>BC-VHXH</source>
        <translation>BC-VHXH</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="47" />
        <source>Họ tên người ký</source>
        <translation>Signer's full name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="62" />
        <source>Cơ quan</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="64" />
        <source>Loại cơ quan</source>
        <translation>Kind of office</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="65" />
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="66" />
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="67" />
        <source>Tên (trong câu văn)</source>
        <translation>Name (in a sentence)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="69" />
        <source>Trên văn bản</source>
        <translation>On documents</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="71" />
        <source>Cơ quan chủ quản (tiêu đề)</source>
        <translation>Governing body (letterhead)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="72" />
        <source>Tên cơ quan (tiêu đề)</source>
        <translation>Office's name (letterhead)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="73" />
        <source>Địa danh (ngày tháng)</source>
        <translation>Place (date line)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="74" />
        <source>Ký hiệu báo cáo</source>
        <translation>Report number suffix</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="75" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="76" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="77" />
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="84" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="84" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="131" />
        <source>Chưa xác minh: {0}</source>
        <translation>Not yet verified: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="133" />
        <source>Phòng GD&amp;ĐT không còn từ 01/7/2025: hãy chọn cơ quan hiện nay. Văn bản trước ngày đó vẫn in Phòng GD&amp;ĐT.</source>
        <translation>There is no Phòng GD&amp;ĐT since 1 July 2025: choose today's office. Documents dated before then still print the Phòng GD&amp;ĐT.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="58" />
        <source>Xem trước bản in — {name}</source>
        <translation>Print preview — {name}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="69" />
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="70" />
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="71" />
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="72" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="73" />
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="74" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="99" />
        <source>Trang {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="116" />
        <source>Lưu bản PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="117" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="125" />
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="126" />
        <source>Không lưu được tệp «{name}»: {why}</source>
        <translation>Could not save “{name}”: {why}</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="50" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="51" />
        <source>Tiêu chuẩn, tiêu chí</source>
        <translation>Standard, criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="52" />
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="53" />
        <source>Kết quả cần đạt</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="54" />
        <source>Công việc/giải pháp</source>
        <translation>Tasks/solutions</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="55" />
        <source>Chủ trì và phối hợp</source>
        <translation>Lead and partners</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="56" />
        <source>Thời gian</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="57" />
        <source>Dự kiến kinh phí</source>
        <translation>Planned budget</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="58" />
        <source>Điều kiện hỗ trợ khác</source>
        <translation>Other support</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="59" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="60" />
        <source>Nội dung cải tiến</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="61" />
        <source>Mục tiêu cải tiến</source>
        <translation>Improvement goal</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="62" />
        <source>Hoạt động/giải pháp</source>
        <translation>Activities/solutions</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="63" />
        <source>Chỉ số đánh giá kết quả</source>
        <translation>Result indicators</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="64" />
        <source>Thời gian thực hiện</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="65" />
        <source>Đơn vị/cá nhân phụ trách</source>
        <translation>Responsible unit/person</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="66" />
        <source>Nguồn lực bảo đảm</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="67" />
        <source>Thông tin, dữ liệu hoặc minh chứng dự kiến</source>
        <translation>Expected information, data or evidence</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="68" />
        <source>Mức độ thực hiện</source>
        <translation>Implementation status</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="73" />
        <source>Vấn đề ưu tiên</source>
        <translation>Priority problem</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="74" />
        <source>Vấn đề ưu tiên (số thứ tự ở mục IV)</source>
        <translation>Priority problem (its number in section IV)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="75" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="76" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="77" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="78" />
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="69" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="70" />
        <source>Mức hiện tại</source>
        <translation>Current level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="71" />
        <source>Mức cần đạt</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="72" />
        <source>Minh chứng dự kiến</source>
        <translation>Expected evidence</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="41" />
        <source>Thông tin kế hoạch năm học {0}</source>
        <translation>Plan details, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="44" />
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="47" />
        <source>I. Thông tin chung</source>
        <translation>I. General information</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="49" />
        <source>III. Mục đích, yêu cầu</source>
        <translation>III. Purpose and requirements</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="49" />
        <source>I. Mục đích, yêu cầu</source>
        <translation>I. Purpose and requirements</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="51" />
        <source>II. Căn cứ</source>
        <translation>II. Grounds</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="173" />
        <source>Tiêu chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <source>Tiêu chí liên quan</source>
        <translation>Related criteria</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <source>Đánh giá hiện trạng</source>
        <translation>Current state</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <source>Điểm hạn chế</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="62" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="62" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="57" />
        <source>IV. Vấn đề ưu tiên</source>
        <translation>IV. Priority problems</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="58" />
        <source>VII. Tổ chức thực hiện</source>
        <translation>VII. Implementation</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="58" />
        <source>IV. Tổ chức thực hiện</source>
        <translation>IV. Implementation</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Nội dung theo dõi</source>
        <translation>What is monitored</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Điều chỉnh</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="62" />
        <source>Người đánh giá</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="64" />
        <source>VI. Theo dõi</source>
        <translation>VI. Monitoring</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="66" />
        <source>VIII. Đánh giá, báo cáo</source>
        <translation>VIII. Evaluation and reporting</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="68" />
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="77" />
        <source>Trong các ô nhiều dòng, mỗi dòng là một mục.</source>
        <translation>In multi-line boxes, each line is one item.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="84" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="84" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="95" />
        <source>Dòng đầu của tiêu đề, như ngày ban hành kế hoạch: sửa thông tin trường sau này không đổi dòng này của kế hoạch đã lập.</source>
        <translation>The letterhead's first line, as on the day the plan was issued: later changes to the school's details do not change it on a plan already made.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="103" />
        <source>ví dụ: 06/9/2024</source>
        <translation>e.g. 06/9/2024</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="115" />
        <source>Kế hoạch đã có dòng nên giữ khung tiêu chí đã lập.</source>
        <translation>The plan has rows, so it keeps the framework it was written under.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="117" />
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="117" />
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="119" />
        <source>Dùng «Ban hành kế hoạch» để khóa bản ký và in mã xác thực.</source>
        <translation>Use «Issue the plan» to lock the signed copy and print its verification code.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="123" />
        <source>Cơ quan chủ quản</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="124" />
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="125" />
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="126" />
        <source>Ngày ban hành</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="128" />
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="129" />
        <source>Tên kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="130" />
        <source>Khung tiêu chí</source>
        <translation>Criteria framework</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="131" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="132" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="133" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="143" />
        <source>Đề xuất từ báo cáo tự đánh giá…</source>
        <translation>Suggest from self-assessment report…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="144" />
        <source>Chọn vấn đề ưu tiên từ điểm hạn chế và các tiêu chí chưa đạt mức trong báo cáo tự đánh giá; thêm vào bảng này khi nhấn «Lưu».</source>
        <translation>Choose priority problems from the weaknesses and the criteria below their level in the self-assessment report; they are added to this table when you click “Save”.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="173" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="173" />
        <source>Nhiệm vụ</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="174" />
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="174" />
        <source>Thêm nhóm</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="174" />
        <source>Xóa nhóm</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="177" />
        <source>Họ tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="177" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="177" />
        <source>Giám sát</source>
        <translation>Supervises</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="178" />
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="178" />
        <source>Xóa người</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="185" />
        <source>Chủ tịch Hội đồng tự đánh giá</source>
        <translation>Chair of the self-assessment council</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="186" />
        <source>Nhiệm vụ của Chủ tịch</source>
        <translation>Chair's duties</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="187" />
        <source>Các nhóm công tác</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="188" />
        <source>Tổ giám sát</source>
        <translation>Monitoring team</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="189" />
        <source>Nhiệm vụ tổ giám sát</source>
        <translation>Monitoring team's duties</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="190" />
        <source>Nhiệm vụ cán bộ, giáo viên</source>
        <translation>Staff duties</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="207" />
        <source>(chưa có ngày)</source>
        <translation>(no date yet)</translation>
    </message>
</context>
<context>
    <name>PlanOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="34" />
        <source>Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. Hãy chọn năm học khác.</source>
        <translation>The school already has a plan for the {0} school year; there is one plan per school year. Please choose another school year.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="37" />
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="41" />
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="68" />
        <source>Kế hoạch năm học {0}</source>
        <translation>Plan for school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="69" />
        <source>Đã tạo kế hoạch năm học {0} với {1} dòng chưa hoàn thành.</source>
        <translation>Created the plan for school year {0} with {1} unfinished rows.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/plan_table.py" line="208" />
        <source>Mức hiện tại → mức cần đạt</source>
        <translation>Current level → target level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_table.py" line="256" />
        <source>Tiêu chuẩn {0}</source>
        <translation>Standard {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_table.py" line="277" />
        <source>Tiêu chí {0}: {1}</source>
        <translation>Criterion {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PrintOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="57" />
        <source>Chưa mở kế hoạch nào.</source>
        <translation>No plan is open.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="60" />
        <source>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in.</source>
        <translation>The file has no school details yet; enter them before printing.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="36" />
        <location filename="../kehoach_desktop/ui/print_ops.py" line="85" />
        <location filename="../kehoach_desktop/ui/print_ops.py" line="87" />
        <source>Đang dựng bản in…</source>
        <translation>Building the document…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="32" />
        <source>Đang dựng trang {0} (khoảng {1} trang)…</source>
        <translation>Building page {0} (about {1} pages)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="34" />
        <source>Đang chuẩn bị bảng: dòng {0}/{1}…</source>
        <translation>Preparing the table: row {0}/{1}…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="81" />
        <source>Dựng bản in</source>
        <translation>Building the printout</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="89" />
        <source>Đã hủy: bản in không được dựng.</source>
        <translation>Cancelled: the printout was not built.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="97" />
        <source>Không dựng được bản in ({0}).</source>
        <translation>Could not build the document ({0}).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="122" />
        <source>Kế hoạch năm học {0}</source>
        <translation>Plan for school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="126" />
        <source>⚠ còn ghi tên huyện hoặc Phòng GD&amp;ĐT (xem thanh trạng thái)</source>
        <translation>⚠ still names a district or a Phòng GD&amp;ĐT (see the status bar)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="135" />
        <source>Kế hoạch năm học {0} chưa có biên bản kiểm tra nào. Lập biên bản ngay bây giờ? (Chọn «Không» để in mẫu trống.)</source>
        <translation>The {0} plan has no inspection record yet. Write one now? (Choose “No” to print a blank form.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="144" />
        <source>In biên bản kiểm tra</source>
        <translation>Print inspection record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="149" />
        <source>Biên bản kiểm tra kế hoạch năm học {0}</source>
        <translation>Inspection record of the {0} plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="162" />
        <source>Báo cáo tiến độ (tính đến tháng {0})</source>
        <translation>Progress report (as of {0})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="172" />
        <location filename="../kehoach_desktop/ui/print_ops.py" line="178" />
        <source>Xuất biên bản kiểm tra ra Word</source>
        <translation>Export inspection record to Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="179" />
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="184" />
        <source>Xuất tệp Word</source>
        <translation>Exporting the Word file</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="185" />
        <source>Đã xuất biên bản kiểm tra ra tệp Word {0}</source>
        <translation>Inspection record exported to the Word file {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="204" />
        <source>Lần kiểm tra {0} ({1})</source>
        <translation>Inspection of {0} ({1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="205" />
        <source>chưa có số</source>
        <translation>no number yet</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="208" />
        <source>Lập biên bản mới</source>
        <translation>New inspection record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="209" />
        <source>Biên bản:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="223" />
        <source>Biên bản kiểm tra</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="238" />
        <source>Đã lưu biên bản kiểm tra ({0} thành viên đoàn).</source>
        <translation>Inspection record saved ({0} team members).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="244" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="245" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="246" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="247" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="41" />
        <source>Đề xuất vấn đề ưu tiên từ báo cáo tự đánh giá năm học {0}</source>
        <translation>Suggest priority problems from the self-assessment report for school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="42" />
        <source>Đánh dấu những vấn đề kế hoạch sẽ cải tiến. Theo mẫu, kế hoạch không cải tiến toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên. Có thể sửa lời trước khi thêm.</source>
        <translation>Tick the problems the plan will improve. Per the template, the plan does not improve every criterion but focuses on priority problems. You can edit the wording before adding.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Chọn</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Tiêu chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Hiện trạng</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="48" />
        <source>Điểm hạn chế</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="48" />
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="63" />
        <source>Đã có ở mục IV của kế hoạch</source>
        <translation>Already in section IV of the plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="75" />
        <source>Tạo dòng kế hoạch cho vấn đề đã chọn (nội dung cải tiến là điểm hạn chế, tiêu chí là tiêu chí đầu tiên)</source>
        <translation>Create plan rows for the selected problems (the improvement content is the weakness; the criterion is the first one listed)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="79" />
        <source>Thêm vào mục IV</source>
        <translation>Add to section IV</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="79" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="111" />
        <source>Đã chọn {0}/{1} vấn đề.</source>
        <translation>{0}/{1} problems selected.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="113" />
        <source>{0} vấn đề (chữ xám) đã có ở mục IV của kế hoạch.</source>
        <translation>{0} problems (in grey) are already in section IV of the plan.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="124" />
        <source>Chưa chọn vấn đề nào.</source>
        <translation>No problem selected.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="31" />
        <source>{0} tỷ</source>
        <translation>{0} billion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="33" />
        <source>{0} triệu</source>
        <translation>{0} million</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="36" />
        <source>{0} nghìn</source>
        <translation>{0} thousand</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="76" />
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="68" />
        <source>{0}: {1}% · {2} dòng · đã chi {3} / {4}</source>
        <translation>{0}: {1}% · {2} rows · spent {3} / {4}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="63" />
        <source>Nội dung không gắn tiêu chí</source>
        <translation>Content not linked to a criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="76" />
        <source>Tiêu chuẩn {0}</source>
        <translation>Standard {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="89" />
        <source>Kế hoạch chưa có dòng nào.</source>
        <translation>The plan has no rows yet.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="117" />
        <source>Kinh phí: đã chi {0} / dự kiến {1}</source>
        <translation>Budget: spent {0} / planned {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="120" />
        <source>Kinh phí: không dự kiến</source>
        <translation>Budget: none planned</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="137" />
        <source>{0} trễ hạn</source>
        <translation>{0} late</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="150" />
        <source>Tiến độ (% trung bình các dòng)</source>
        <translation>Progress (average % of the rows)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="151" />
        <source>Kinh phí đã chi</source>
        <translation>Budget spent</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="151" />
        <source>Kinh phí dự kiến</source>
        <translation>Budget planned</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="77" />
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="232" />
        <source>Cập nhật tiến độ</source>
        <translation>Progress update</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="83" />
        <source>Dòng kế hoạch</source>
        <translation>Plan row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="87" />
        <source>Hiện tại: {0}, {1}%</source>
        <translation>Now: {0}, {1}%</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="89" />
        <source> (trạng thái đặt bằng tay)</source>
        <translation> (status set by hand)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="95" />
        <source>Ngày cập nhật:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="109" />
        <source>Phần trăm hoàn thành:</source>
        <translation>Percent complete:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="113" />
        <source>Theo phần trăm (100% là hoàn thành)</source>
        <translation>From the percentage (100% is complete)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="114" />
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="115" />
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="118" />
        <source>Đã thực hiện được gì, kết quả ra sao…</source>
        <translation>What was done, with what result…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="120" />
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="123" />
        <source>Người báo cáo:</source>
        <translation>Reported by:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="127" />
        <source>Ví dụ: {0}; nhiều mã cách nhau bằng dấu phẩy</source>
        <translation>E.g. {0}; separate several codes with commas</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="128" />
        <source>Mã minh chứng:</source>
        <translation>Evidence codes:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="136" />
        <source>Kinh phí đã chi đến nay, ví dụ 2,5 triệu</source>
        <translation>Spent so far, e.g. 2,5 triệu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="139" />
        <source>Đã chi:</source>
        <translation>Spent:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="149" />
        <source>Lưu cập nhật</source>
        <translation>Save update</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="150" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="169" />
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the date on a calendar</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="187" />
        <source>{0} chưa có trong danh mục minh chứng năm học {1}</source>
        <translation>{0} is not in the evidence list for school year {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="232" />
        <source>Bỏ những gì đã nhập?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="234" />
        <source>Có, bỏ đi</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="235" />
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProgressOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_ops.py" line="30" />
        <source>Cập nhật tiến độ «{0}»</source>
        <translation>Progress update “{0}”</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_ops.py" line="73" />
        <source>Hãy chọn một dòng kế hoạch trước.</source>
        <translation>Select a plan row first.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_ops.py" line="92" />
        <source>Đã ghi cập nhật tiến độ: {0}%.</source>
        <translation>Progress update recorded: {0}%.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="17" />
        <source>Học kỳ I</source>
        <translation>Term I</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="17" />
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="23" />
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="24" />
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="25" />
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="26" />
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="32" />
        <source>Cuối học kỳ I</source>
        <translation>End of term I</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="33" />
        <source>Cuối năm học</source>
        <translation>End of school year</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="38" />
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="38" />
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>ReplyBanner</name>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="33" />
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="33" />
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="35" />
        <source>{0}: {1}{2}</source>
        <translation>{0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="37" />
        <source>Lý do: {0}</source>
        <translation>Reasons: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="39" />
        <source>Dòng {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="41" />
        <source>… và {0} ý kiến khác (lệnh: kehoach reply show).</source>
        <translation>… and {0} more comments (command: kehoach reply show).</translation>
    </message>
</context>
<context>
    <name>ReplyOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="66" />
        <source>Khóa ký của cơ quan đã đổi</source>
        <translation>The office's signing key has changed</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="67" />
        <source>Đã gọi điện đối chiếu mã khóa với cơ quan quản lý và muốn nhận phản hồi này?</source>
        <translation>Have you phoned the managing office to compare the key, and do you want to take this reply?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="69" />
        <source>Nhận phản hồi</source>
        <translation>Take the reply</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="70" />
        <source>Không nhận</source>
        <translation>Do not take it</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="82" />
        <source>Nhập phản hồi của cơ quan quản lý</source>
        <translation>Import the managing office's reply</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="83" />
        <source>Tệp phản hồi (*.json)</source>
        <translation>Reply files (*.json)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="99" />
        <source>Đã nhập phản hồi: {0} — {1}.</source>
        <translation>Reply imported: {0} — {1}.</translation>
    </message>
</context>
<context>
    <name>ReportTextsDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="54" />
        <source>Các nội dung khác của báo cáo tự đánh giá năm học {0}</source>
        <translation>Other sections of the self-assessment report, school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="76" />
        <source>In trong báo cáo dưới đề mục: {0}</source>
        <translation>Printed in the report under the heading: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="83" />
        <source>Phần {0}</source>
        <translation>Part {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="85" />
        <source>Số liệu 3 năm</source>
        <translation>3-year data</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="88" />
        <source>ví dụ: 05/6/2026</source>
        <translation>e.g. 05/6/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="94" />
        <source>Ngày Hội đồng thông qua báo cáo:</source>
        <translation>Date the council approved the report:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="102" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="102" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="110" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="110" />
        <source>Năm học {0}</source>
        <translation>School year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="152" />
        <source>⚠ Sau hạn {0}: báo cáo tự đánh giá cần được Hội đồng thông qua trước ngày {0}.</source>
        <translation>⚠ Past the deadline ({0}): the self-assessment report must be approved by the council before {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="156" />
        <source>Hạn thông qua: {0}.</source>
        <translation>Approval deadline: {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="176" />
        <source>«{0}» dài quá {1} ký tự.</source>
        <translation>“{0}” is longer than {1} characters.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="159" />
        <source>(không gắn tiêu chí)</source>
        <translation>(no criterion)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="165" />
        <source>Mức {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="182" />
        <source>ví dụ: 5 triệu</source>
        <translation>e.g. 5 triệu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="246" />
        <source>Tiêu chí {0}: {1}</source>
        <translation>Criterion {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="248" />
        <source>Dòng {0}</source>
        <translation>Row {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="255" />
        <source>Chọn một dòng trong bảng để sửa chi tiết.</source>
        <translation>Select a row in the table to edit its details.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="315" />
        <source>số tiền: chưa rõ</source>
        <translation>amount: not stated</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="317" />
        <source>= {0} đồng</source>
        <translation>= {0} dong</translation>
    </message>
</context>
<context>
    <name>RowOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="85" />
        <source>Nhân bản dòng</source>
        <translation>Duplicate row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="90" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="91" />
        <source>Xóa dòng đang chọn khỏi kế hoạch?
(Có thể hoàn tác bằng Ctrl+Z.)</source>
        <translation>Delete the selected row from the plan?
(Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="93" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="94" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="136" />
        <source>Không tìm thấy «{0}».</source>
        <translation>“{0}” not found.</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="202" />
        <source>Thông tin trường</source>
        <translation>School details</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="206" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="206" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="74" />
        <source>Tên trường</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="74" />
        <source>Mã trường</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="51" />
        <source>Trường THCS Vĩnh Hải</source>
        <translation>Trường THCS Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="51" />
        <source>xã Vĩnh Hải</source>
        <translation>xã Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="52" />
        <source>thành phố Hải Phòng</source>
        <translation>thành phố Hải Phòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="52" />
        <source>UBND XÃ VĨNH HẢI</source>
        <translation>UBND XÃ VĨNH HẢI</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="53" />
        <source>UBND xã Vĩnh Hải</source>
        <translation>UBND xã Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="54" />
        <source>Phòng Văn hóa - Xã hội xã Vĩnh Hải</source>
        <translation>Phòng Văn hóa - Xã hội xã Vĩnh Hải</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="55" />
        <source>Vĩnh Hải (dùng trong dòng ngày tháng)</source>
        <translation>Vĩnh Hải (used in the date line)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="75" />
        <source>Hiệu trưởng</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="75" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="76" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="76" />
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="77" />
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="77" />
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="78" />
        <source>Cơ quan chủ quản (tiêu đề)</source>
        <translation>Governing body (letterhead)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="79" />
        <source>Cơ quan chủ quản (trong câu)</source>
        <translation>Governing body (in a sentence)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="80" />
        <source>Địa danh (ngày tháng)</source>
        <translation>Place (date line)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="80" />
        <source>Nơi nhận kế hoạch</source>
        <translation>Office that receives the plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="82" />
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="86" />
        <source>Cấp học</source>
        <translation>School level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="89" />
        <source>Cơ quan quản lý (từ 01/7/2025 không còn cấp huyện)</source>
        <translation>Managing bodies (no districts since 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="140" />
        <source>Đề xuất: trường THPT (hoặc có cấp THPT) thuộc Sở GD&amp;ĐT.</source>
        <translation>Proposed: an upper secondary school (or one with upper secondary classes) is under the provincial Sở GD&amp;ĐT.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="142" />
        <source>Đề xuất: trường mầm non, tiểu học, THCS thuộc UBND xã, phường, đặc khu; Phòng Văn hóa - Xã hội nhận kế hoạch.</source>
        <translation>Proposed: preschools, primary and lower secondary schools are under the UBND of their commune or ward; its Phòng Văn hóa - Xã hội receives the plan.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="145" />
        <source>Chưa xác minh: {0}</source>
        <translation>Not yet verified: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="156" />
        <source>Chi tiết trường còn ghi tên huyện hoặc Phòng GD&amp;ĐT: từ 01/7/2025 hãy ghi xã, phường và tỉnh để chương trình đề xuất cơ quan mới. Các kế hoạch đã lập vẫn giữ cơ quan của ngày ban hành.</source>
        <translation>The school's details still name a district or a Phòng GD&amp;ĐT: since 1/7/2025 enter the commune or ward and the province so the program proposes the new bodies. Plans already made keep the bodies of the day they were issued.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="183" />
        <source>Mầm non</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="183" />
        <source>Tiểu học</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="184" />
        <source>Trung học cơ sở</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="184" />
        <source>Trung học phổ thông</source>
        <translation>Upper secondary</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="185" />
        <source>Phổ thông có nhiều cấp học</source>
        <translation>Multi-level school</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="185" />
        <source>Giáo dục thường xuyên</source>
        <translation>Continuing education</translation>
    </message>
</context>
<context>
    <name>SchoolModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Mã trường</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="50" />
        <source>Mức tự đánh giá</source>
        <translation>Self-assessed level</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="51" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="51" />
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="51" />
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="52" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="52" />
        <source>Trễ hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="52" />
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="64" />
        <source>Trường nhập trực tiếp</source>
        <translation>Schools imported directly</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="105" />
        <source>TC {0}</source>
        <translation>Crit. {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="105" />
        <source>Không gắn TC</source>
        <translation>No criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="131" />
        <source>Bản xuất lúc {0}; đã nhập {1} lần</source>
        <translation>Exported at {0}; imported {1} times</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="133" />
        <source>Nhận qua tệp tổng hợp của {0}</source>
        <translation>Received through the consolidated file of {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="134" />
        <source>Trường gửi tệp trực tiếp</source>
        <translation>The school sent its file directly</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="138" />
        <source>Tệp trường gửi lên chưa có kế hoạch của năm học này.</source>
        <translation>The school's file has no plan for this school year.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="184" />
        <source>Chưa xếp mức</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="185" />
        <source>Mức {0}</source>
        <translation>Level {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="186" />
        <source>Chưa đạt Mức 1</source>
        <translation>Level 1 not met</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="188" />
        <source> (tạm tính)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="192" />
        <source>Trường chưa gửi báo cáo tự đánh giá của năm học này.</source>
        <translation>The school has not submitted its self-assessment report for this school year.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="193" />
        <source>Tự đánh giá năm học {0}, mức tính theo quy định từ kết quả từng tiêu chí:</source>
        <translation>Self-assessment, school year {0}; level calculated per the regulation from each criterion's result:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="196" />
        <source>{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).</source>
        <translation>{0} criteria not yet judged by the council (counted as not met).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="206" />
        <source>Mức {0}: {1} trường</source>
        <translation>Level {0}: {1} schools</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="206" />
        <source>Mức {0}: {1}</source>
        <translation>Level {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="208" />
        <source>Chưa đạt: {0}</source>
        <translation>Not met: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="210" />
        <source>Chưa xếp mức: {0}</source>
        <translation>Not rated: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="212" />
        <source>Chưa đánh giá xong: {0}</source>
        <translation>Not fully judged: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="213" />
        <source>Chưa gửi: {0}</source>
        <translation>Not submitted: {0}</translation>
    </message>
</context>
<context>
    <name>SchoolView</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="39" />
        <source>{0} — kế hoạch (chỉ xem)</source>
        <translation>{0} — plan (read only)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="46" />
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="49" />
        <source>Năm học {0} ({1})</source>
        <translation>School year {0} ({1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="53" />
        <source>Dữ liệu từ tệp trường gửi lên; chỉ xem, không sửa.</source>
        <translation>Data from the school's submitted file; read only.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>Nội dung / công việc</source>
        <translation>Content / tasks</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>Phụ trách</source>
        <translation>In charge</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="70" />
        <source>Thời gian</source>
        <translation>Timeframe</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="70" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="70" />
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="79" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="76" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="81" />
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="90" />
        <source>Tệp của trường chưa có chữ ký (chương trình cũ); khóa sẽ được ghi nhận ở tệp có ký đầu tiên.</source>
        <translation>The school's file is not signed (an older program); its key will be recorded from its first signed file.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="91" />
        <source>Khóa ký tệp của trường: {0} (ghi nhận ngày {1})</source>
        <translation>The school's signing key: {0} (recorded on {1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="94" />
        <source>đã đổi khóa {0} lần</source>
        <translation>key changed {0} times</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="117" />
        <source>Tự đánh giá năm học {0}: {1} · hội đồng {2} thành viên · {3} minh chứng</source>
        <translation>Self-assessment, school year {0}: {1} · council of {2} members · {3} evidence items</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="119" />
        <source>Chưa có báo cáo tự đánh giá trong tệp trường gửi lên.</source>
        <translation>The file submitted by the school has no self-assessment report.</translation>
    </message>
</context>
<context>
    <name>SecondWindow</name>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="18" />
        <source>Tệp đang mở ở cửa sổ khác</source>
        <translation>File open in another window</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="19" />
        <source>Tệp «{0}» đang được mở trong một cửa sổ Kế hoạch khác. Hai cửa sổ cùng sửa một tệp dễ gây nhầm lẫn.
Chuyển sang cửa sổ đó, mở tệp ở cửa sổ này chỉ để xem (không sửa được), hay hủy?</source>
        <translation>The file «{0}» is open in another Kế hoạch window. Two windows editing one file invite confusion.
Switch to that window, open the file in this window for viewing only (no editing), or cancel?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="23" />
        <source>Mở chỉ để xem</source>
        <translation>Open for viewing only</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="25" />
        <source>Chuyển sang cửa sổ đó</source>
        <translation>Switch to that window</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="27" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="14" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="19" />
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
        <translation>The new language is used from the next start of the program.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="22" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="26" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="26" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StandardEditor</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="132" />
        <source>1. Điểm mạnh nổi bật</source>
        <translation>1. Key strengths</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="133" />
        <source>2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi</source>
        <translation>2. Main weaknesses and their root causes</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="134" />
        <source>3. Định hướng cải tiến chất lượng</source>
        <translation>3. Directions for quality improvement</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="148" />
        <source>Đánh giá chung về Tiêu chuẩn {0}: {1}</source>
        <translation>Overall assessment of Standard {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TargetCommands</name>
    <message>
        <location filename="../kehoach_desktop/ui/target_commands.py" line="70" />
        <source>Thêm chỉ tiêu «{0}»</source>
        <translation>Add target “{0}”</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_commands.py" line="81" />
        <source>Xóa chỉ tiêu «{0}»</source>
        <translation>Delete target “{0}”</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_commands.py" line="92" />
        <source>Sửa chỉ tiêu «{0}»</source>
        <translation>Edit target “{0}”</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="43" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="43" />
        <source>Mục tiêu</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="44" />
        <source>Tên chỉ tiêu: bấm đúp hoặc gõ để sửa</source>
        <translation>Target name: double-click or type to edit</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="45" />
        <source>Gõ ví dụ: ≥ 95 %, &lt;= 0,5 %, = 100 học sinh; chỉ gõ số thì giữ so sánh và đơn vị</source>
        <translation>Type e.g. ≥ 95 %, &lt;= 0.5 %, = 100 students; a number alone keeps the comparison and unit</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="46" />
        <source>Kết quả {0}: gõ một số, ví dụ 64 hoặc 0,5; xóa trắng để bỏ</source>
        <translation>{0} result: type a number, e.g. 64 or 0.5; clear it to remove</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="44" />
        <source>Thêm chỉ tiêu</source>
        <translation>Add target</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="45" />
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="143" />
        <source>Xóa chỉ tiêu</source>
        <translation>Delete target</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="46" />
        <source>Thêm một chỉ tiêu vào kế hoạch, rồi gõ tên và mục tiêu của nó</source>
        <translation>Add a target to the plan, then type its name and goal</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="47" />
        <source>Xóa chỉ tiêu đang chọn (có thể hoàn tác bằng Ctrl+Z)</source>
        <translation>Delete the selected target (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="125" />
        <source>«{0}», cột {1}: {2}</source>
        <translation>“{0}”, column {1}: {2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="133" />
        <source>Chỉ tiêu mới</source>
        <translation>New target</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="144" />
        <source>Xóa chỉ tiêu «{0}» và các kết quả đã nhập của nó?
(Có thể hoàn tác bằng Ctrl+Z.)</source>
        <translation>Delete target “{0}” and the results entered for it?
(Ctrl+Z undoes it.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="146" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="147" />
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TimeframeField</name>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="95" />
        <source>Tháng bắt đầu, ví dụ 9/2025; có thể gõ cả khoảng: Tháng 9/2025 - 5/2026</source>
        <translation>Start month, e.g. 9/2025; a whole range can be typed too: Tháng 9/2025 - 5/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="96" />
        <source>Tháng kết thúc, ví dụ 5/2026</source>
        <translation>End month, e.g. 5/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="139" />
        <source>Tháng {0} nằm ngoài năm học {1}</source>
        <translation>Month {0} is outside the school year {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="168" />
        <source>Tháng kết thúc {0} trước tháng bắt đầu {1}. Hãy sửa một trong hai tháng.</source>
        <translation>The end month {0} is before the start month {1}. Please correct one of the two months.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="27" />
        <source>Tạo trường mới</source>
        <translation>Create a new school</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="28" />
        <source>Nhập thông tin trường và lập kế hoạch đầu tiên.</source>
        <translation>Enter the school's details and write the first plan.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="31" />
        <source>Mở file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="32" />
        <source>Mở tệp dữ liệu (.db) của trường trên máy này hoặc trên ổ USB.</source>
        <translation>Open the school's data file (.db) on this computer or a USB stick.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="35" />
        <source>Xem thử một trường giả định với hai kế hoạch đã lập sẵn.</source>
        <translation>Try a fictional school with two ready-made plans.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="55" />
        <source>Tệp của trường được lưu mặc định trong thư mục: {0}</source>
        <translation>School files are saved by default in: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="61" />
        <source>Kế hoạch cải tiến chất lượng giáo dục</source>
        <translation>Education quality improvement plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="64" />
        <source>Lập, theo dõi và in kế hoạch của nhà trường — không cần Internet.</source>
        <translation>Write, track and print the school's plan — no Internet needed.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="34" />
        <source>Mở trường mẫu</source>
        <translation>Open the demo school</translation>
    </message>
</context>
<context>
    <name>_PlanPage</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="51" />
        <source>Kế hoạch đầu tiên</source>
        <translation>First plan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="52" />
        <source>Chọn năm học và khung tiêu chí mà kế hoạch áp dụng.</source>
        <translation>Choose the school year and the criteria framework the plan follows.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="58" />
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="59" />
        <source>Khung tiêu chí</source>
        <translation>Criteria framework</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="78" />
        <source>Kế hoạch năm học {0} theo Thông tư {1}.</source>
        <translation>The {0} plan follows Circular {1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="87" />
        <source>Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. Hãy chọn năm học khác.</source>
        <translation>The school already has a plan for the {0} school year; there is one plan per school year. Please choose another school year.</translation>
    </message>
</context>
<context>
    <name>_SchoolPage</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="28" />
        <source>Thông tin trường</source>
        <translation>School details</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="30" />
        <source>Tệp mới chưa có dữ liệu. Hãy nhập thông tin trường; có thể sửa lại sau.</source>
        <translation>The new file has no data yet. Enter the school's details; you can change them later.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="32" />
        <source>Kiểm tra thông tin trường trước khi lập kế hoạch mới.</source>
        <translation>Check the school's details before writing a new plan.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="108" />
        <source>Đang dừng sau tệp đang nhập…</source>
        <translation>Stopping after the file being imported…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="136" />
        <source>Nhập kế hoạch từ Word</source>
        <translation>Import a plan from Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="137" />
        <source>Tệp Word (*.docx);;Mọi tệp (*)</source>
        <translation>Word files (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="154" />
        <source>Nhập kế hoạch năm học {0} từ Word</source>
        <translation>Import the {0} plan from Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="157" />
        <source>Kế hoạch năm học {0}</source>
        <translation>Plan for school year {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="159" />
        <source>Đã nhập {0} dòng kế hoạch năm học {1} từ {2}.</source>
        <translation>Imported {0} plan rows for {1} from {2}.</translation>
    </message>
</context>
</TS>
