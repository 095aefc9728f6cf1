<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="79" />
        <source>Tạm thời — chưa có bản chính thức</source>
        <translation>Tạm thời — chưa có bản chính thức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="79" />
        <source>Chính thức</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="82" />
        <source>; {0} tiêu chí chưa đối chiếu đủ nguồn</source>
        <translation>; {0} tiêu chí chưa đối chiếu đủ nguồn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="85" />
        <source>; {0} tên tiêu chuẩn chưa đối chiếu đủ nguồn</source>
        <translation>; {0} tên tiêu chuẩn chưa đối chiếu đủ nguồn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="88" />
        <source>; sửa đổi bởi Thông tư {0}</source>
        <translation>; sửa đổi bởi Thông tư {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="90" />
        <source>; sửa đổi bởi Thông tư {0} (chưa xác minh ảnh hưởng đến tiêu chí)</source>
        <translation>; sửa đổi bởi Thông tư {0} (chưa xác minh ảnh hưởng đến tiêu chí)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="100" />
        <source>Không tìm thấy tệp giấy phép phông chữ ({0}).</source>
        <translation>Không tìm thấy tệp giấy phép phông chữ ({0}).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="122" />
        <source>Giới thiệu Kế hoạch CLGD</source>
        <translation>Giới thiệu Kế hoạch CLGD</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="129" />
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <source>Giấy phép</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="130" />
        <source>Danh mục tiêu chí</source>
        <translation>Danh mục tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="133" />
        <source>Giấy phép phông chữ</source>
        <translation>Giấy phép phông chữ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="135" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="149" />
        <source>Kế hoạch cải tiến chất lượng giáo dục</source>
        <translation>Kế hoạch cải tiến chất lượng giáo dục</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="150" />
        <source>Phiên bản {0}</source>
        <translation>Phiên bản {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="151" />
        <source>Qt {0} · PySide6 {1} · Python {2}</source>
        <translation>Qt {0} · PySide6 {1} · Python {2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <source>Thành phần</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="161" />
        <source>Dùng để</source>
        <translation>Dùng để</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="164" />
        <source>Qt và PySide6 được dùng theo giấy phép LGPL phiên bản 3. Các thư viện Qt nằm thành tệp riêng trong thư mục chương trình (_internal) và có thể thay bằng bản tương thích khác; mã nguồn Qt và PySide6 có tại qt.io. Phông chữ Liberation Serif được phân phối kèm giấy phép SIL OFL 1.1 (xem thẻ «Giấy phép phông chữ»).</source>
        <translation>Qt và PySide6 được dùng theo giấy phép LGPL phiên bản 3. Các thư viện Qt nằm thành tệp riêng trong thư mục chương trình (_internal) và có thể thay bằng bản tương thích khác; mã nguồn Qt và PySide6 có tại qt.io. Phông chữ Liberation Serif được phân phối kèm giấy phép SIL OFL 1.1 (xem thẻ «Giấy phép phông chữ»).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Khung tiêu chí</source>
        <translation>Khung tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/about.py" line="180" />
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="40" />
        <source>Tệp mới…</source>
        <translation>Tệp mới…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="41" />
        <source>Mở…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="42" />
        <source>Lưu bản sao…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="43" />
        <source>Đóng tệp</source>
        <translation>Đóng tệp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="44" />
        <source>Mở trường mẫu</source>
        <translation>Mở trường mẫu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="45" />
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="46" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="48" />
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="50" />
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="51" />
        <source>Nhân bản dòng</source>
        <translation>Nhân bản dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="52" />
        <source>Xóa dòng…</source>
        <translation>Xóa dòng…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="53" />
        <source>Chuyển dòng lên</source>
        <translation>Chuyển dòng lên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="54" />
        <source>Chuyển dòng xuống</source>
        <translation>Chuyển dòng xuống</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="55" />
        <source>Tìm…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="56" />
        <source>Tìm tiếp</source>
        <translation>Tìm tiếp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="57" />
        <source>Thông tin kế hoạch…</source>
        <translation>Thông tin kế hoạch…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="58" />
        <source>Kế hoạch năm sau…</source>
        <translation>Kế hoạch năm sau…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="59" />
        <source>Kế hoạch mới…</source>
        <translation>Kế hoạch mới…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="60" />
        <source>Thông tin trường…</source>
        <translation>Thông tin trường…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="61" />
        <source>Cài đặt…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="62" />
        <source>Cập nhật tiến độ…</source>
        <translation>Cập nhật tiến độ…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="63" />
        <source>Biên bản kiểm tra…</source>
        <translation>Biên bản kiểm tra…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="64" />
        <source>Ban hành kế hoạch…</source>
        <translation>Ban hành kế hoạch…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="66" />
        <source>In kế hoạch…</source>
        <translation>In kế hoạch…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="67" />
        <source>In biên bản kiểm tra…</source>
        <translation>In biên bản kiểm tra…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="68" />
        <source>In báo cáo tiến độ…</source>
        <translation>In báo cáo tiến độ…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="69" />
        <source>Nhập kế hoạch từ Word…</source>
        <translation>Nhập kế hoạch từ Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="70" />
        <source>Nhập phản hồi của cơ quan quản lý…</source>
        <translation>Nhập phản hồi của cơ quan quản lý…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="71" />
        <source>Xuất Word…</source>
        <translation>Xuất Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="72" />
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="73" />
        <source>Xuất biên bản kiểm tra ra Word…</source>
        <translation>Xuất biên bản kiểm tra ra Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="74" />
        <source>Xuất file gửi cơ quan quản lý…</source>
        <translation>Xuất file gửi cơ quan quản lý…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="80" />
        <source>Hội đồng tự đánh giá…</source>
        <translation>Hội đồng tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="81" />
        <source>Danh mục minh chứng…</source>
        <translation>Danh mục minh chứng…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="82" />
        <source>Các nội dung khác của báo cáo…</source>
        <translation>Các nội dung khác của báo cáo…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="83" />
        <source>Đề xuất vấn đề ưu tiên cho kế hoạch…</source>
        <translation>Đề xuất vấn đề ưu tiên cho kế hoạch…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="84" />
        <source>Báo cáo tự đánh giá năm sau…</source>
        <translation>Báo cáo tự đánh giá năm sau…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="85" />
        <source>Xóa báo cáo tự đánh giá năm học này…</source>
        <translation>Xóa báo cáo tự đánh giá năm học này…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="87" />
        <source>In báo cáo tự đánh giá…</source>
        <translation>In báo cáo tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="88" />
        <source>In danh mục minh chứng…</source>
        <translation>In danh mục minh chứng…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="89" />
        <source>In danh sách hội đồng…</source>
        <translation>In danh sách hội đồng…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="90" />
        <source>Xuất báo cáo tự đánh giá ra Word…</source>
        <translation>Xuất báo cáo tự đánh giá ra Word…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="92" />
        <source>Cây tiêu chí</source>
        <translation>Cây tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="76" />
        <source>Khôi phục bản sao lưu…</source>
        <translation>Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="77" />
        <source>Mở tệp cơ quan quản lý…</source>
        <translation>Mở tệp cơ quan quản lý…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="78" />
        <source>Tạo tệp cơ quan quản lý mới…</source>
        <translation>Tạo tệp cơ quan quản lý mới…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="91" />
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="98" />
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="100" />
        <source>Mở gần đây</source>
        <translation>Mở gần đây</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="108" />
        <source>Cơ quan quản lý</source>
        <translation>Cơ quan quản lý</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="114" />
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="122" />
        <source>&amp;Kế hoạch</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="131" />
        <source>Tự đá&amp;nh giá</source>
        <translation>Tự đá&amp;nh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="140" />
        <source>&amp;In</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="144" />
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="148" />
        <source>Nhân bản</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="149" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="150" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="151" />
        <source>In kế hoạch</source>
        <translation>In kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/actions.py" line="152" />
        <source>Thanh công cụ</source>
        <translation>Thanh công cụ</translation>
    </message>
</context>
<context>
    <name>AssessmentOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="62" />
        <source>Chưa mở tệp nào.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="111" />
        <source>Chưa có khung tiêu chí theo Thông tư 57/2026 cho loại trường này; chưa lập được báo cáo tự đánh giá.</source>
        <translation>Chưa có khung tiêu chí theo Thông tư 57/2026 cho loại trường này; chưa lập được báo cáo tự đánh giá.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="133" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="156" />
        <source>Đã lưu hội đồng tự đánh giá năm học {0} ({1} thành viên).</source>
        <translation>Đã lưu hội đồng tự đánh giá năm học {0} ({1} thành viên).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="159" />
        <source>Còn {0} điều cần sửa trước khi in danh sách hội đồng.</source>
        <translation>Còn {0} điều cần sửa trước khi in danh sách hội đồng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="200" />
        <source>Đã lưu các nội dung khác của báo cáo tự đánh giá năm học {0}.</source>
        <translation>Đã lưu các nội dung khác của báo cáo tự đánh giá năm học {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="212" />
        <source>Kế hoạch năm học {0} theo mẫu cũ, không có mục IV «Vấn đề ưu tiên»; chỉ kế hoạch theo Biểu 2 (Thông tư 57/2026) mới có.</source>
        <translation>Kế hoạch năm học {0} theo mẫu cũ, không có mục IV «Vấn đề ưu tiên»; chỉ kế hoạch theo Biểu 2 (Thông tư 57/2026) mới có.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="221" />
        <source>Chưa có báo cáo tự đánh giá năm học {0} hoặc {1} để đề xuất vấn đề ưu tiên.</source>
        <translation>Chưa có báo cáo tự đánh giá năm học {0} hoặc {1} để đề xuất vấn đề ưu tiên.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="250" />
        <source>Dòng kế hoạch cho {0} vấn đề ưu tiên</source>
        <translation>Dòng kế hoạch cho {0} vấn đề ưu tiên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="257" />
        <source>Dòng cho vấn đề ưu tiên {0}</source>
        <translation>Dòng cho vấn đề ưu tiên {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="266" />
        <source>Đã thêm {0} vấn đề ưu tiên vào mục IV ({1} dòng kế hoạch mới; Ctrl+Z để hoàn tác).</source>
        <translation>Đã thêm {0} vấn đề ưu tiên vào mục IV ({1} dòng kế hoạch mới; Ctrl+Z để hoàn tác).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="285" />
        <source>Chưa có báo cáo tự đánh giá năm học {0} để lập báo cáo năm sau.</source>
        <translation>Chưa có báo cáo tự đánh giá năm học {0} để lập báo cáo năm sau.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="296" />
        <source>Lập báo cáo tự đánh giá năm học {0} từ báo cáo năm học {1}? Nội dung và hội đồng được giữ để rà soát, các tiêu chí được đánh giá lại, danh mục minh chứng được chép sang (giữ nguyên mã).</source>
        <translation>Lập báo cáo tự đánh giá năm học {0} từ báo cáo năm học {1}? Nội dung và hội đồng được giữ để rà soát, các tiêu chí được đánh giá lại, danh mục minh chứng được chép sang (giữ nguyên mã).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="300" />
        <source>Lưu ý: báo cáo năm học {0} còn {1} tiêu chí chưa đánh giá xong.</source>
        <translation>Lưu ý: báo cáo năm học {0} còn {1} tiêu chí chưa đánh giá xong.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="302" />
        <source>Báo cáo tự đánh giá năm sau</source>
        <translation>Báo cáo tự đánh giá năm sau</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="303" />
        <source>Lập báo cáo năm học {0}</source>
        <translation>Lập báo cáo năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="312" />
        <source>Đã có báo cáo tự đánh giá năm học {0}; không lập lại để khỏi ghi đè.</source>
        <translation>Đã có báo cáo tự đánh giá năm học {0}; không lập lại để khỏi ghi đè.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="317" />
        <source>Đã lập báo cáo tự đánh giá năm học {0} từ năm học {1} và chép {2} minh chứng (giữ nguyên mã).</source>
        <translation>Đã lập báo cáo tự đánh giá năm học {0} từ năm học {1} và chép {2} minh chứng (giữ nguyên mã).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="324" />
        <source>Chưa có báo cáo tự đánh giá năm học {0}.</source>
        <translation>Chưa có báo cáo tự đánh giá năm học {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="329" />
        <source>Xóa báo cáo tự đánh giá</source>
        <translation>Xóa báo cáo tự đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="330" />
        <source>Xóa báo cáo tự đánh giá năm học {0} (nội dung {1} tiêu chí và hội đồng)? Danh mục minh chứng của năm học đó được giữ. Bản sao lưu hằng ngày của tệp vẫn còn nếu cần lấy lại.</source>
        <translation>Xóa báo cáo tự đánh giá năm học {0} (nội dung {1} tiêu chí và hội đồng)? Danh mục minh chứng của năm học đó được giữ. Bản sao lưu hằng ngày của tệp vẫn còn nếu cần lấy lại.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="333" />
        <source>Xóa báo cáo năm học {0}</source>
        <translation>Xóa báo cáo năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_ops.py" line="341" />
        <source>Đã xóa báo cáo tự đánh giá năm học {0}.</source>
        <translation>Đã xóa báo cáo tự đánh giá năm học {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="27" />
        <source>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in.</source>
        <translation>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="50" />
        <source>Báo cáo tự đánh giá năm học {0}</source>
        <translation>Báo cáo tự đánh giá năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="54" />
        <source>Danh mục minh chứng năm học {0}</source>
        <translation>Danh mục minh chứng năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="58" />
        <source>Hội đồng tự đánh giá năm học {0}</source>
        <translation>Hội đồng tự đánh giá năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="66" />
        <source>Chưa in được danh sách hội đồng tự đánh giá năm học {0}:</source>
        <translation>Chưa in được danh sách hội đồng tự đánh giá năm học {0}:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="69" />
        <source>Hãy sửa trong «Tự đánh giá ▸ Hội đồng tự đánh giá…».</source>
        <translation>Hãy sửa trong «Tự đánh giá ▸ Hội đồng tự đánh giá…».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="79" />
        <source>Xuất báo cáo tự đánh giá ra Word</source>
        <translation>Xuất báo cáo tự đánh giá ra Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="80" />
        <source>Tệp Word (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="89" />
        <source>Xuất tệp Word</source>
        <translation>Xuất tệp Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_papers.py" line="90" />
        <source>Đã xuất báo cáo tự đánh giá ra tệp Word {0}</source>
        <translation>Đã xuất báo cáo tự đánh giá ra tệp Word {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="52" />
        <source>Tạo báo cáo tự đánh giá</source>
        <translation>Tạo báo cáo tự đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="53" />
        <source>Tệp đã có báo cáo tự đánh giá năm học {0}. Bắt đầu báo cáo năm học {1} từ báo cáo đó? Nội dung, minh chứng và hội đồng được giữ để rà soát; các tiêu chí được đánh giá lại; phần «Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học trước» được soạn sẵn từ kế hoạch năm học {0}.</source>
        <translation>Tệp đã có báo cáo tự đánh giá năm học {0}. Bắt đầu báo cáo năm học {1} từ báo cáo đó? Nội dung, minh chứng và hội đồng được giữ để rà soát; các tiêu chí được đánh giá lại; phần «Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học trước» được soạn sẵn từ kế hoạch năm học {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="58" />
        <source>Bắt đầu từ năm học {0}</source>
        <translation>Bắt đầu từ năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="59" />
        <source>Báo cáo trống</source>
        <translation>Báo cáo trống</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_new.py" line="60" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="82" />
        <source>Báo cáo tự đánh giá:</source>
        <translation>Báo cáo tự đánh giá:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="183" />
        <source>Năm học {0}</source>
        <translation>Năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="186" />
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="202" />
        <source>Tạo báo cáo tự đánh giá năm học {0}…</source>
        <translation>Tạo báo cáo tự đánh giá năm học {0}…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="195" />
        <source>Tệp chưa có báo cáo tự đánh giá năm học {0}.

Báo cáo tự đánh giá (Biểu 1, Thông tư 57/2026): hội đồng viết hiện trạng của từng tiêu chí theo yêu cầu Mức 1, Mức 2, kèm mã minh chứng, và đánh giá Đạt hay Không đạt; chương trình tính mức đạt của nhà trường theo khoản 3 Điều 5.</source>
        <translation>Tệp chưa có báo cáo tự đánh giá năm học {0}.

Báo cáo tự đánh giá (Biểu 1, Thông tư 57/2026): hội đồng viết hiện trạng của từng tiêu chí theo yêu cầu Mức 1, Mức 2, kèm mã minh chứng, và đánh giá Đạt hay Không đạt; chương trình tính mức đạt của nhà trường theo khoản 3 Điều 5.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="200" />
        <source>Chọn một tiêu chí ở cây bên trái để viết hiện trạng và đánh giá từng mức; chọn một tiêu chuẩn để viết đánh giá chung của tiêu chuẩn.</source>
        <translation>Chọn một tiêu chí ở cây bên trái để viết hiện trạng và đánh giá từng mức; chọn một tiêu chuẩn để viết đánh giá chung của tiêu chuẩn.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="235" />
        <source>Đã tạo báo cáo tự đánh giá năm học {0}{1}.</source>
        <translation>Đã tạo báo cáo tự đánh giá năm học {0}{1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_page.py" line="236" />
        <source> từ báo cáo năm học {0}</source>
        <translation> từ báo cáo năm học {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="39" />
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="39" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="39" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="51" />
        <source>chưa xếp mức</source>
        <translation>chưa xếp mức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="52" />
        <source>Mức {0}</source>
        <translation>Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="52" />
        <source>Chưa đạt Mức 1</source>
        <translation>Chưa đạt Mức 1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="57" />
        <source>Trường chưa gửi báo cáo tự đánh giá của năm học này.</source>
        <translation>Trường chưa gửi báo cáo tự đánh giá của năm học này.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="58" />
        <source>Tệp trường gửi lên không có phần tự đánh giá (chưa làm, hoặc lập bằng phiên bản cũ của chương trình).</source>
        <translation>Tệp trường gửi lên không có phần tự đánh giá (chưa làm, hoặc lập bằng phiên bản cũ của chương trình).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="64" />
        <source>Tự đánh giá năm học {0}: {1}</source>
        <translation>Tự đánh giá năm học {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="65" />
        <source>Hội đồng tự đánh giá: {0} thành viên</source>
        <translation>Hội đồng tự đánh giá: {0} thành viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="67" />
        <source>(Quyết định số {0} ngày {1})</source>
        <translation>(Quyết định số {0} ngày {1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="69" />
        <source>Phê duyệt báo cáo ngày {0}</source>
        <translation>Phê duyệt báo cáo ngày {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="70" />
        <source>Báo cáo chưa ghi ngày phê duyệt</source>
        <translation>Báo cáo chưa ghi ngày phê duyệt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="71" />
        <source>{0} minh chứng</source>
        <translation>{0} minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="73" />
        <source>{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).</source>
        <translation>{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/assessment_panel.py" line="80" />
        <source>{0} (bắt buộc)</source>
        <translation>{0} (bắt buộc)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="28" />
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="65" />
        <source>Khôi phục bản sao lưu</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="31" />
        <source>Các bản sao lưu tự động của «{0}» (mới nhất ở trên). Khi khôi phục, tệp hiện tại cũng được sao lưu trước, nên có thể quay lại.</source>
        <translation>Các bản sao lưu tự động của «{0}» (mới nhất ở trên). Khi khôi phục, tệp hiện tại cũng được sao lưu trước, nên có thể quay lại.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="38" />
        <source>Thư mục: {0}</source>
        <translation>Thư mục: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="44" />
        <source>Khôi phục bản đã chọn</source>
        <translation>Khôi phục bản đã chọn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="59" />
        <source>Chưa có bản sao lưu nào.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="66" />
        <source>Thay nội dung tệp hiện tại bằng bản sao lưu {0}?</source>
        <translation>Thay nội dung tệp hiện tại bằng bản sao lưu {0}?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/backup_dialog.py" line="77" />
        <source>Không khôi phục được</source>
        <translation>Không khôi phục được</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <location filename="../kehoach_desktop/ui/busy.py" line="51" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/busy.py" line="52" />
        <source>Xin chờ</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/busy.py" line="132" />
        <source>Đang hủy…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="40" />
        <source>Sửa «{0}»</source>
        <translation>Sửa «{0}»</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="54" />
        <source>Thêm dòng</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="75" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="91" />
        <source>Chuyển dòng</source>
        <translation>Chuyển dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="103" />
        <source>Sửa thông tin kế hoạch</source>
        <translation>Sửa thông tin kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/commands.py" line="116" />
        <source>Sửa thông tin trường</source>
        <translation>Sửa thông tin trường</translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="94" />
        <source>Hội đồng tự đánh giá năm học {0}</source>
        <translation>Hội đồng tự đánh giá năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="99" />
        <source>ví dụ: 10/01/2026</source>
        <translation>ví dụ: 10/01/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="104" />
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="108" />
        <source>Quyết định thành lập số</source>
        <translation>Quyết định thành lập số</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="112" />
        <source>Nhóm công tác</source>
        <translation>Nhóm công tác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="113" />
        <source>Tiêu chí phụ trách</source>
        <translation>Tiêu chí phụ trách</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="113" />
        <source>Nhiệm vụ cụ thể</source>
        <translation>Nhiệm vụ cụ thể</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="132" />
        <source>Thêm thành viên</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="133" />
        <source>Xóa thành viên</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="134" />
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="135" />
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="136" />
        <source>Chọn tiêu chí phụ trách…</source>
        <translation>Chọn tiêu chí phụ trách…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="150" />
        <source>đúng một {0}</source>
        <translation>đúng một {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="152" />
        <source> (chưa đối chiếu được với văn bản)</source>
        <translation> (chưa đối chiếu được với văn bản)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="153" />
        <source>Căn cứ: {0} — ít nhất {1:02d} thành viên{2}; {3}.</source>
        <translation>Căn cứ: {0} — ít nhất {1:02d} thành viên{2}; {3}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="154" />
        <source>, số lẻ</source>
        <translation>, số lẻ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="158" />
        <source>Có thể lưu hội đồng chưa đủ để nhập tiếp sau; danh sách hội đồng chỉ in được khi không còn cảnh báo nào.</source>
        <translation>Có thể lưu hội đồng chưa đủ để nhập tiếp sau; danh sách hội đồng chỉ in được khi không còn cảnh báo nào.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="170" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="170" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="185" />
        <source>Nhấn đúp để chọn tiêu chí</source>
        <translation>Nhấn đúp để chọn tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="271" />
        <source>Tiêu chí {0} của {1} không có trong khung {2}.</source>
        <translation>Tiêu chí {0} của {1} không có trong khung {2}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="272" />
        <source>(chưa có tên)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="281" />
        <source>✓ Hội đồng có {0} thành viên, đủ điều kiện để in danh sách và ký báo cáo.</source>
        <translation>✓ Hội đồng có {0} thành viên, đủ điều kiện để in danh sách và ký báo cáo.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="287" />
        <source>Chưa phân công tiêu chí: {0}.</source>
        <translation>Chưa phân công tiêu chí: {0}.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="35" />
        <source>Chương trình gặp lỗi không mong đợi. Dữ liệu đã lưu trong tệp không bị ảnh hưởng.</source>
        <translation>Chương trình gặp lỗi không mong đợi. Dữ liệu đã lưu trong tệp không bị ảnh hưởng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="37" />
        <source>Chi tiết đã được ghi vào {0}.</source>
        <translation>Chi tiết đã được ghi vào {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="39" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/crash.py" line="41" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CriteriaPicker</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="71" />
        <source>Tiêu chí phụ trách: {0}</source>
        <translation>Tiêu chí phụ trách: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="71" />
        <source>Tiêu chí phụ trách</source>
        <translation>Tiêu chí phụ trách</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="80" />
        <source>Chọn</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/council_dialog.py" line="80" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CriteriaTree</name>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="84" />
        <source>Lọc tiêu chí…</source>
        <extracomment>a criterion's result by the level it reached (0: not Mức 1); not judged yet stays grey</extracomment>
        <translation>Lọc tiêu chí…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="118" />
        <source>Tiêu chuẩn, tiêu chí</source>
        <translation>Tiêu chuẩn, tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="118" />
        <source>Dòng · Mức</source>
        <translation>Dòng · Mức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="119" />
        <source>Mức đạt</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="121" />
        <source>Mức tiêu chí đạt trong báo cáo tự đánh giá; «…»: chưa đánh giá xong; * tiêu chí bắt buộc</source>
        <translation>Mức tiêu chí đạt trong báo cáo tự đánh giá; «…»: chưa đánh giá xong; * tiêu chí bắt buộc</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="125" />
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="182" />
        <source>Tiêu chuẩn {0}: {1}</source>
        <translation>Tiêu chuẩn {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="200" />
        <source>{0} dòng kế hoạch</source>
        <translation>{0} dòng kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="219" />
        <source> Tiêu chí bắt buộc.</source>
        <translation> Tiêu chí bắt buộc.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="223" />
        <source>Mức {0}…</source>
        <translation>Mức {0}…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="225" />
        <source>Đạt Mức {0}; mức tiếp theo chưa đánh giá.</source>
        <translation>Đạt Mức {0}; mức tiếp theo chưa đánh giá.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="226" />
        <source>Chưa đánh giá.</source>
        <translation>Chưa đánh giá.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="228" />
        <source>Mức {0}</source>
        <translation>Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="228" />
        <source>Chưa đạt</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="230" />
        <source>Tiêu chí đạt Mức {0}.</source>
        <translation>Tiêu chí đạt Mức {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="231" />
        <source>Tiêu chí không đạt Mức 1.</source>
        <translation>Tiêu chí không đạt Mức 1.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/criteria_tree.py" line="265" />
        <source>Thêm dòng cho tiêu chí này</source>
        <translation>Thêm dòng cho tiêu chí này</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="82" />
        <source>Tiêu chí {0}: {1}</source>
        <extracomment>the three parts of «Đánh giá chung về Tiêu chuẩn N» (Biểu 1), in the order printed</extracomment>
        <translation>Tiêu chí {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="83" />
        <source> (tiêu chí bắt buộc)</source>
        <translation> (tiêu chí bắt buộc)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="100" />
        <source>Chỉ đánh giá Mức {0} khi tiêu chí đã đạt Mức {1}.</source>
        <translation>Chỉ đánh giá Mức {0} khi tiêu chí đã đạt Mức {1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="103" />
        <source>Tự đánh giá: Tiêu chí đạt Mức {0}; Mức {1} chưa đánh giá</source>
        <translation>Tự đánh giá: Tiêu chí đạt Mức {0}; Mức {1} chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="104" />
        <source>Tự đánh giá: chưa đánh giá</source>
        <translation>Tự đánh giá: chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="107" />
        <source>Tự đánh giá: Tiêu chí đạt Mức {0}</source>
        <translation>Tự đánh giá: Tiêu chí đạt Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="109" />
        <source>Tự đánh giá: Tiêu chí không đạt Mức 1</source>
        <translation>Tự đánh giá: Tiêu chí không đạt Mức 1</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="74" />
        <location filename="../kehoach_desktop/ui/dashboard.py" line="203" />
        <source>Chưa mở kế hoạch</source>
        <translation>Chưa mở kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="77" />
        <source>Xem tiến độ như ở cuối tháng đã chọn</source>
        <translation>Xem tiến độ như ở cuối tháng đã chọn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="80" />
        <source>Tính đến:</source>
        <translation>Tính đến:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="93" />
        <source>Tiến độ và kinh phí theo tiêu chuẩn</source>
        <translation>Tiến độ và kinh phí theo tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="101" />
        <source>Trễ hạn và sắp đến hạn</source>
        <translation>Trễ hạn và sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="105" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="136" />
        <source>Tiến độ chung</source>
        <translation>Tiến độ chung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="141" />
        <source>Số dòng theo trạng thái</source>
        <translation>Số dòng theo trạng thái</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="159" />
        <source>Kinh phí đã chi</source>
        <translation>Kinh phí đã chi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="214" />
        <source>Tiến độ thực hiện kế hoạch năm học {0}</source>
        <translation>Tiến độ thực hiện kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="282" />
        <source>tháng {0}</source>
        <translation>tháng {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="284" />
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="298" />
        <source>{0} dòng kế hoạch</source>
        <translation>{0} dòng kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="301" />
        <source>{0} trễ hạn · {1} sắp đến hạn</source>
        <translation>{0} trễ hạn · {1} sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="306" />
        <source>trên {0} dự kiến ({1}%)</source>
        <translation>trên {0} dự kiến ({1}%)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="310" />
        <source>Trễ hạn ({0}) và sắp đến hạn ({1}) — bấm để mở dòng</source>
        <translation>Trễ hạn ({0}) và sắp đến hạn ({1}) — bấm để mở dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dashboard.py" line="316" />
        <source>Chỉ tiêu ({0})</source>
        <translation>Chỉ tiêu ({0})</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="24" />
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="24" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="24" />
        <source>Hạn</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="25" />
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="25" />
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="29" />
        <source>Trễ hạn</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="29" />
        <source>Sắp đến hạn</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/deadline_model.py" line="75" />
        <source>{0}
Hạn: tháng {1} · {2}, {3}%
Bấm để mở dòng này trong bảng kế hoạch.</source>
        <translation>{0}
Hạn: tháng {1} · {2}, {3}%
Bấm để mở dòng này trong bảng kế hoạch.</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="111" />
        <source>Chưa có trường nào. Bấm «Nhập tệp trường…» và chọn các tệp các trường gửi lên (có thể chọn nhiều tệp một lúc).</source>
        <translation>Chưa có trường nào. Bấm «Nhập tệp trường…» và chọn các tệp các trường gửi lên (có thể chọn nhiều tệp một lúc).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="123" />
        <source>Nhập tệp trường…</source>
        <translation>Nhập tệp trường…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="126" />
        <source>Làm mới</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="129" />
        <source>Xem kế hoạch của trường</source>
        <translation>Xem kế hoạch của trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="133" />
        <source>In bảng tổng hợp (PDF)…</source>
        <translation>In bảng tổng hợp (PDF)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="87" />
        <source>Mỗi trường hiện kế hoạch của năm học này</source>
        <translation>Mỗi trường hiện kế hoạch của năm học này</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="88" />
        <source>Năm học:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="120" />
        <source>Cơ quan quản lý</source>
        <translation>Cơ quan quản lý</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="136" />
        <source>Thông tin cơ quan…</source>
        <translation>Thông tin cơ quan…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="138" />
        <source>Xuất tệp tổng hợp gửi cấp trên…</source>
        <translation>Xuất tệp tổng hợp gửi cấp trên…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="139" />
        <source>Một tệp chứa tệp của mọi trường cơ quan đang giữ, để gửi Sở GD&amp;ĐT</source>
        <translation>Một tệp chứa tệp của mọi trường cơ quan đang giữ, để gửi Sở GD&amp;ĐT</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="144" />
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="148" />
        <source>T&amp;rường</source>
        <translation>T&amp;rường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="153" />
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="171" />
        <source>{0} — Kế hoạch (Cơ quan quản lý)</source>
        <translation>{0} — Kế hoạch (Cơ quan quản lý)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="174" />
        <source>Tệp này là của {0}, cơ quan không còn từ 01/7/2025. Hãy chọn cơ quan quản lý hiện nay ở «Thông tin cơ quan…»; lịch sử các lần nhập được giữ nguyên, văn bản ngày trước 01/7/2025 vẫn in Phòng GD&amp;ĐT.</source>
        <translation>Tệp này là của {0}, cơ quan không còn từ 01/7/2025. Hãy chọn cơ quan quản lý hiện nay ở «Thông tin cơ quan…»; lịch sử các lần nhập được giữ nguyên, văn bản ngày trước 01/7/2025 vẫn in Phòng GD&amp;ĐT.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="198" />
        <source>{0} · {1} trường, {2} có kế hoạch năm học {3} · {4} trường có dòng trễ hạn · tệp: {5}</source>
        <translation>{0} · {1} trường, {2} có kế hoạch năm học {3} · {4} trường có dòng trễ hạn · tệp: {5}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="223" />
        <source>Hãy chọn một trường trong bảng.</source>
        <translation>Hãy chọn một trường trong bảng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="236" />
        <source>Lưu bảng tổng hợp</source>
        <translation>Lưu bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="237" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="246" />
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="246" />
        <source>Không ghi được tệp {0} ({1}).</source>
        <translation>Không ghi được tệp {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="250" />
        <source>Đã lưu bảng tổng hợp: {0}</source>
        <translation>Đã lưu bảng tổng hợp: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="265" />
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="270" />
        <source>Đã lưu thông tin cơ quan.</source>
        <translation>Đã lưu thông tin cơ quan.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="279" />
        <source>Lưu tệp tổng hợp gửi cấp trên</source>
        <translation>Lưu tệp tổng hợp gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="280" />
        <source>Tệp tổng hợp (*.zip)</source>
        <translation>Tệp tổng hợp (*.zip)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="291" />
        <source>Không xuất được</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="293" />
        <source>Đã xuất tệp tổng hợp {0} trường: {1}</source>
        <translation>Đã xuất tệp tổng hợp {0} trường: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="299" />
        <source>Chọn các tệp trường gửi lên</source>
        <translation>Chọn các tệp trường gửi lên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="300" />
        <source>Tệp trường, tệp tổng hợp của xã (*.db *.zip);;Mọi tệp (*)</source>
        <translation>Tệp trường, tệp tổng hợp của xã (*.db *.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="313" />
        <location filename="../kehoach_desktop/ui/district/window.py" line="339" />
        <location filename="../kehoach_desktop/ui/district/window.py" line="352" />
        <source>Không nhập được</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/window.py" line="333" />
        <source>Không tệp nào được nhận.</source>
        <translation>Không tệp nào được nhận.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="82" />
        <source>Danh mục minh chứng năm học {0}</source>
        <translation>Danh mục minh chứng năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="85" />
        <source>Lọc: mã, tên, số văn bản, nơi lưu…</source>
        <translation>Lọc: mã, tên, số văn bản, nơi lưu…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="88" />
        <source>Mọi tiêu chí</source>
        <translation>Mọi tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="90" />
        <source>Tiêu chí {0}</source>
        <translation>Tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Tên minh chứng</source>
        <translation>Tên minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Số, ngày, nơi ban hành</source>
        <translation>Số, ngày, nơi ban hành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="99" />
        <source>Nơi lưu</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="100" />
        <source>Hết hạn</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="100" />
        <source>Dùng ở tiêu chí</source>
        <translation>Dùng ở tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="119" />
        <source>Thêm…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="120" />
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="121" />
        <source>Xóa…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="122" />
        <source>Mở nơi lưu</source>
        <translation>Mở nơi lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="123" />
        <source>Chép danh mục năm trước</source>
        <translation>Chép danh mục năm trước</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="124" />
        <source>Chép các minh chứng của năm học {0} sang năm học này, giữ nguyên mã.</source>
        <translation>Chép các minh chứng của năm học {0} sang năm học này, giữ nguyên mã.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="161" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="189" />
        <source>Cảnh báo ({0}) — nhấn vào một dòng để chọn minh chứng:</source>
        <translation>Cảnh báo ({0}) — nhấn vào một dòng để chọn minh chứng:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="190" />
        <source>Không có cảnh báo.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="210" />
        <source>Chưa được trích dẫn ở đâu</source>
        <translation>Chưa được trích dẫn ở đâu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="217" />
        <source>{0}/{1} minh chứng</source>
        <translation>{0}/{1} minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="248" />
        <source>{0} không có trong danh mục năm học này: thêm minh chứng đó bằng «Thêm…» (mã được cấp theo thứ tự) hoặc sửa trích dẫn trong báo cáo.</source>
        <translation>{0} không có trong danh mục năm học này: thêm minh chứng đó bằng «Thêm…» (mã được cấp theo thứ tự) hoặc sửa trích dẫn trong báo cáo.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="265" />
        <source>Đã thêm minh chứng {0}.</source>
        <translation>Đã thêm minh chứng {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="273" />
        <source>Đã lưu minh chứng {0}.</source>
        <translation>Đã lưu minh chứng {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="291" />
        <source>Xóa minh chứng {0} ({1}) khỏi danh mục năm học {2}?</source>
        <translation>Xóa minh chứng {0} ({1}) khỏi danh mục năm học {2}?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="293" />
        <source>⚠ Mã này đang được trích dẫn ở: {0}. Sau khi xóa, các trích dẫn đó sẽ thành mã không có trong danh mục.</source>
        <translation>⚠ Mã này đang được trích dẫn ở: {0}. Sau khi xóa, các trích dẫn đó sẽ thành mã không có trong danh mục.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="295" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="303" />
        <source>Đã xóa minh chứng {0}; mã này không được cấp lại.</source>
        <translation>Đã xóa minh chứng {0}; mã này không được cấp lại.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="311" />
        <source>Năm học {0} chưa có danh mục minh chứng; không có gì để chép.</source>
        <translation>Năm học {0} chưa có danh mục minh chứng; không có gì để chép.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="315" />
        <source>Cả {0} minh chứng của năm học {1} đã có trong danh mục năm học {2}; không có gì mới để chép.</source>
        <translation>Cả {0} minh chứng của năm học {1} đã có trong danh mục năm học {2}; không có gì mới để chép.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="318" />
        <source>Chép {0} minh chứng của năm học {1} sang năm học {2}? Các mã được giữ nguyên; mã đã có trong năm học {2} không bị thay.</source>
        <translation>Chép {0} minh chứng của năm học {1} sang năm học {2}? Các mã được giữ nguyên; mã đã có trong năm học {2} không bị thay.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="320" />
        <source>Chép</source>
        <translation>Chép</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="328" />
        <source>Đã chép {0} minh chứng của năm học {1} (giữ nguyên mã); {2} mã đã có sẵn.</source>
        <translation>Đã chép {0} minh chứng của năm học {1} (giữ nguyên mã); {2} mã đã có sẵn.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_dialog.py" line="361" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>EvidenceItemDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="39" />
        <source>Sửa minh chứng {0}</source>
        <translation>Sửa minh chứng {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="39" />
        <source>Thêm minh chứng</source>
        <translation>Thêm minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="52" />
        <source>ví dụ: 05/9/2025</source>
        <translation>ví dụ: 05/9/2025</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="54" />
        <source>Hiệu trưởng, UBND xã …</source>
        <translation>Hiệu trưởng, UBND xã …</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="56" />
        <source>Hồ sơ giấy, tủ 2 — hoặc thư mục D:\MinhChung\TC1</source>
        <translation>Hồ sơ giấy, tủ 2 — hoặc thư mục D:\MinhChung\TC1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="57" />
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="63" />
        <source>nếu có: giấy phép, chứng nhận còn hiệu lực đến</source>
        <translation>nếu có: giấy phép, chứng nhận còn hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="67" />
        <source>Tiêu chí gốc</source>
        <translation>Tiêu chí gốc</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="68" />
        <source>Mã minh chứng</source>
        <translation>Mã minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="69" />
        <source>Tên minh chứng</source>
        <translation>Tên minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="70" />
        <source>Số văn bản</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="71" />
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="72" />
        <source>Nơi ban hành</source>
        <translation>Nơi ban hành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="73" />
        <source>Nơi lưu</source>
        <translation>Nơi lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="74" />
        <source>Hết hiệu lực ngày</source>
        <translation>Hết hiệu lực ngày</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="75" />
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="81" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="81" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="90" />
        <source>{0} (mã tiếp theo của tiêu chí {1}, cấp khi lưu)</source>
        <translation>{0} (mã tiếp theo của tiêu chí {1}, cấp khi lưu)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/evidence_item_dialog.py" line="94" />
        <source>Thư mục lưu minh chứng</source>
        <translation>Thư mục lưu minh chứng</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="30" />
        <source>Chèn mã minh chứng — tiêu chí {0}</source>
        <translation>Chèn mã minh chứng — tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="32" />
        <source>Tìm theo mã hoặc tên minh chứng…</source>
        <translation>Tìm theo mã hoặc tên minh chứng…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="44" />
        <source>Danh mục minh chứng năm học {0}: {1} mục. Đánh dấu một hoặc nhiều mục rồi nhấn «Chèn» (nhấn đúp để chèn một mục).</source>
        <translation>Danh mục minh chứng năm học {0}: {1} mục. Đánh dấu một hoặc nhiều mục rồi nhấn «Chèn» (nhấn đúp để chèn một mục).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="46" />
        <source>Danh mục minh chứng năm học {0} chưa có mục nào: hãy thêm minh chứng trong «Danh mục minh chứng…» hoặc gõ mã vào ô bên cạnh nút.</source>
        <translation>Danh mục minh chứng năm học {0} chưa có mục nào: hãy thêm minh chứng trong «Danh mục minh chứng…» hoặc gõ mã vào ô bên cạnh nút.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="50" />
        <source>Chèn</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_picker.py" line="51" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ExchangeOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="49" />
        <source>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.</source>
        <translation>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="81" />
        <source>Xuất kế hoạch ra Word</source>
        <translation>Xuất kế hoạch ra Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="82" />
        <source>Tệp Word (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="88" />
        <source>Xuất tệp Word</source>
        <translation>Xuất tệp Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="88" />
        <source>Đã xuất kế hoạch ra tệp Word {0}</source>
        <translation>Đã xuất kế hoạch ra tệp Word {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="91" />
        <source>Xuất kế hoạch ra Excel</source>
        <translation>Xuất kế hoạch ra Excel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="92" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="103" />
        <source>Xuất tệp Excel</source>
        <translation>Xuất tệp Excel</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="103" />
        <source>Đã xuất kế hoạch ra tệp Excel {0}</source>
        <translation>Đã xuất kế hoạch ra tệp Excel {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="132" />
        <source>Đã xuất tệp gửi {0}: {1}</source>
        <translation>Đã xuất tệp gửi {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="134" />
        <source>Đã xuất tệp gửi cơ quan quản lý: {0}</source>
        <translation>Đã xuất tệp gửi cơ quan quản lý: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="159" />
        <source>Đã khôi phục bản sao lưu vào {0}.</source>
        <translation>Đã khôi phục bản sao lưu vào {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="169" />
        <source>Mở tệp của cơ quan quản lý</source>
        <translation>Mở tệp của cơ quan quản lý</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="170" />
        <source>Tệp cơ quan quản lý (*.db);;Mọi tệp (*)</source>
        <translation>Tệp cơ quan quản lý (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="175" />
        <source>«{0}» không phải tệp của cơ quan quản lý. Tệp của một trường hãy mở bằng «Mở…».</source>
        <translation>«{0}» không phải tệp của cơ quan quản lý. Tệp của một trường hãy mở bằng «Mở…».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="187" />
        <source>Tạo tệp cơ quan quản lý mới</source>
        <translation>Tạo tệp cơ quan quản lý mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/exchange_ops.py" line="188" />
        <source>Tệp cơ quan quản lý (*.db)</source>
        <translation>Tệp cơ quan quản lý (*.db)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="24" />
        <source>Chọn nơi lưu tệp gửi cơ quan quản lý (ví dụ ổ USB)</source>
        <translation>Chọn nơi lưu tệp gửi cơ quan quản lý (ví dụ ổ USB)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="32" />
        <source>Xuất tệp không thành công</source>
        <translation>Xuất tệp không thành công</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="36" />
        <source>Đã xuất tệp</source>
        <translation>Đã xuất tệp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/export_dialog.py" line="37" />
        <source>Đã lưu tệp gửi cơ quan quản lý:
{0}

Tệp đã được đọc lại và kiểm tra; có thể rút ổ USB an toàn sau khi hệ điều hành báo xong.</source>
        <translation>Đã lưu tệp gửi cơ quan quản lý:
{0}

Tệp đã được đọc lại và kiểm tra; có thể rút ổ USB an toàn sau khi hệ điều hành báo xong.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="32" />
        <source>Tệp kế hoạch (*.db);;Mọi tệp (*)</source>
        <translation>Tệp kế hoạch (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="35" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="36" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="55" />
        <source>Tạo tệp trường mới</source>
        <translation>Tạo tệp trường mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="61" />
        <source>Tệp «{0}» đã có. Hãy chọn tên khác để không ghi đè dữ liệu.</source>
        <translation>Tệp «{0}» đã có. Hãy chọn tên khác để không ghi đè dữ liệu.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="67" />
        <source>Mở tệp trường</source>
        <translation>Mở tệp trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="86" />
        <source>(chưa có)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="99" />
        <source>Lưu bản sao</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="103" />
        <source>Hãy chọn một tệp khác với tệp đang mở.</source>
        <translation>Hãy chọn một tệp khác với tệp đang mở.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/file_ops.py" line="110" />
        <source>Đã lưu bản sao vào {0}</source>
        <translation>Đã lưu bản sao vào {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="14" />
        <source>Tìm trong kế hoạch (không cần dấu)…</source>
        <translation>Tìm trong kế hoạch (không cần dấu)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="16" />
        <source>Trước</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="17" />
        <source>Tiếp</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="18" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/find_bar.py" line="21" />
        <source>Tìm:</source>
        <translation>Tìm:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="99" />
        <source>Thiết lập tệp trường mới</source>
        <translation>Thiết lập tệp trường mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="99" />
        <source>Kế hoạch mới</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="104" />
        <source>Tiếp</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="105" />
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="106" />
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="107" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HeldFilesDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="28" />
        <source>Tệp chờ xác nhận</source>
        <translation>Tệp chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="30" />
        <source>Khóa ký tệp đã đổi</source>
        <translation>Khóa ký tệp đã đổi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="30" />
        <source>Trường đổi tên</source>
        <translation>Trường đổi tên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="31" />
        <source>Thời điểm xuất ở tương lai</source>
        <translation>Thời điểm xuất ở tương lai</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="31" />
        <source>Mã giống mã trường đã có</source>
        <translation>Mã giống mã trường đã có</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="33" />
        <source>Các tệp sau chưa được nhập. Hãy đọc lý do (nên gọi điện cho trường để đối chiếu), đánh dấu «Xác nhận» tệp nào đúng rồi bấm «Nhập các tệp đã xác nhận». Tệp không đánh dấu vẫn chưa được nhập.</source>
        <translation>Các tệp sau chưa được nhập. Hãy đọc lý do (nên gọi điện cho trường để đối chiếu), đánh dấu «Xác nhận» tệp nào đúng rồi bấm «Nhập các tệp đã xác nhận». Tệp không đánh dấu vẫn chưa được nhập.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="46" />
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="47" />
        <source>Nhập tệp {0} dù có điều trên</source>
        <translation>Nhập tệp {0} dù có điều trên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="58" />
        <source>Nhập các tệp đã xác nhận</source>
        <translation>Nhập các tệp đã xác nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/held_files.py" line="59" />
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>HistoryOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="29" />
        <source>Gỡ trường khỏi danh sách…</source>
        <translation>Gỡ trường khỏi danh sách…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="30" />
        <source>Bỏ trường đang chọn khỏi bảng; các lần nhập vẫn được giữ trong lịch sử, có thể hoàn tác</source>
        <translation>Bỏ trường đang chọn khỏi bảng; các lần nhập vẫn được giữ trong lịch sử, có thể hoàn tác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="33" />
        <source>Trở lại bản nhập trước…</source>
        <translation>Trở lại bản nhập trước…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="34" />
        <source>Dùng lại bản nhập trước của trường đang chọn; bản mới vẫn được giữ trong lịch sử, có thể hoàn tác</source>
        <translation>Dùng lại bản nhập trước của trường đang chọn; bản mới vẫn được giữ trong lịch sử, có thể hoàn tác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="37" />
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="116" />
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="54" />
        <source>Hãy chọn một trường trong bảng.</source>
        <translation>Hãy chọn một trường trong bảng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="63" />
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="68" />
        <source>Gỡ trường khỏi danh sách</source>
        <translation>Gỡ trường khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="69" />
        <source>Gỡ {0} (mã {1}) khỏi danh sách của cơ quan?

Các lần nhập của trường vẫn được giữ trong lịch sử; nhập lại tệp của trường thì trường trở lại danh sách. Có thể hoàn tác («Hoàn tác»).</source>
        <translation>Gỡ {0} (mã {1}) khỏi danh sách của cơ quan?

Các lần nhập của trường vẫn được giữ trong lịch sử; nhập lại tệp của trường thì trường trở lại danh sách. Có thể hoàn tác («Hoàn tác»).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="78" />
        <source>Đã gỡ {0} khỏi danh sách. Bấm «Hoàn tác» để đưa trở lại.</source>
        <translation>Đã gỡ {0} khỏi danh sách. Bấm «Hoàn tác» để đưa trở lại.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="90" />
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="95" />
        <source>Trở lại bản nhập trước</source>
        <translation>Trở lại bản nhập trước</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="91" />
        <source>{0} mới được nhập một lần; không có bản nhập trước để trở lại.</source>
        <translation>{0} mới được nhập một lần; không có bản nhập trước để trở lại.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="96" />
        <source>Dùng lại bản trước của {0} (mã {1}), bản xuất lúc {2}?

Bản đang dùng (xuất lúc {3}) vẫn được giữ trong lịch sử. Có thể hoàn tác («Hoàn tác»).</source>
        <translation>Dùng lại bản trước của {0} (mã {1}), bản xuất lúc {2}?

Bản đang dùng (xuất lúc {3}) vẫn được giữ trong lịch sử. Có thể hoàn tác («Hoàn tác»).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="105" />
        <source>{0}: đã trở lại bản xuất lúc {1}.</source>
        <translation>{0}: đã trở lại bản xuất lúc {1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="111" />
        <source>Không có gì để hoàn tác.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="113" />
        <source>đưa {0} (mã {1}) trở lại danh sách</source>
        <translation>đưa {0} (mã {1}) trở lại danh sách</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="114" />
        <source>dùng lại bản nhập của {0} (mã {1}) trước lần «Trở lại bản nhập trước»</source>
        <translation>dùng lại bản nhập của {0} (mã {1}) trước lần «Trở lại bản nhập trước»</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="116" />
        <source>Hoàn tác: {0}?</source>
        <translation>Hoàn tác: {0}?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/history_ops.py" line="123" />
        <source>Đã hoàn tác: {0}.</source>
        <translation>Đã hoàn tác: {0}.</translation>
    </message>
</context>
<context>
    <name>ImportDocxDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="40" />
        <source>Nhập kế hoạch từ Word: {0}</source>
        <translation>Nhập kế hoạch từ Word: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="42" />
        <source>Biểu 2 (Thông tư 57/2026)</source>
        <translation>Biểu 2 (Thông tư 57/2026)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="42" />
        <source>mẫu 9 cột (2018)</source>
        <translation>mẫu 9 cột (2018)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="43" />
        <source>Trường:</source>
        <translation>Trường:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="43" />
        <source>(không thấy tên trường)</source>
        <translation>(không thấy tên trường)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="44" />
        <source>Kế hoạch:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="45" />
        <source>Số, ngày:</source>
        <translation>Số, ngày:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="48" />
        <source>Lưu thành năm học:</source>
        <translation>Lưu thành năm học:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="54" />
        <source>{0} dòng kế hoạch đọc được:</source>
        <translation>{0} dòng kế hoạch đọc được:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="57" />
        <source>{0} cảnh báo — hãy kiểm tra trước khi nhập:</source>
        <translation>{0} cảnh báo — hãy kiểm tra trước khi nhập:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="58" />
        <source>Không có cảnh báo.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="64" />
        <source>Nhập kế hoạch</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="64" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Mức</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Nội dung / giải pháp</source>
        <translation>Nội dung / giải pháp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="72" />
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="73" />
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="73" />
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="73" />
        <source>Số tiền (đ)</source>
        <translation>Số tiền (đ)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="84" />
        <source>chưa rõ</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="110" />
        <source>Tệp đã có kế hoạch năm học {0}; hãy chọn năm học khác.</source>
        <translation>Tệp đã có kế hoạch năm học {0}; hãy chọn năm học khác.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="60" />
        <source>Nhập tệp trường</source>
        <translation>Nhập tệp trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="62" />
        <source>Đang nhập tệp các trường…</source>
        <translation>Đang nhập tệp các trường…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="68" />
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="69" />
        <source>Dừng sau tệp đang nhập; các tệp đã nhập được giữ</source>
        <translation>Dừng sau tệp đang nhập; các tệp đã nhập được giữ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="82" />
        <source>Đã nhập {0}/{1}: {2}</source>
        <translation>Đã nhập {0}/{1}: {2}</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="28" />
        <source>Kết quả nhập tệp</source>
        <translation>Kết quả nhập tệp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="30" />
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="30" />
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="31" />
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="31" />
        <source>Bị từ chối</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="31" />
        <source>Chờ xác nhận</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="34" />
        <source>{0} tệp: {1} thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối.</source>
        <translation>{0} tệp: {1} thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="37" />
        <source>Tệp bị từ chối không làm thay đổi dữ liệu của Phòng.</source>
        <translation>Tệp bị từ chối không làm thay đổi dữ liệu của Phòng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="39" />
        <source>{0} tệp chờ xác nhận, chưa được nhập (cuối bảng).</source>
        <translation>{0} tệp chờ xác nhận, chưa được nhập (cuối bảng).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="43" />
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="43" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="43" />
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_report.py" line="74" />
        <source>Đã dừng theo yêu cầu: {0} tệp chưa nhập; các tệp trên đã được lưu.</source>
        <translation>Đã dừng theo yêu cầu: {0} tệp chưa nhập; các tệp trên đã được lưu.</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="70" />
        <source>Biên bản kiểm tra kế hoạch năm học {0}</source>
        <translation>Biên bản kiểm tra kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="73" />
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="74" />
        <source>Thành phần</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="75" />
        <source>Kết quả từng dòng</source>
        <translation>Kết quả từng dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="76" />
        <source>Nhận xét, kết luận</source>
        <translation>Nhận xét, kết luận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="83" />
        <source>Lưu biên bản</source>
        <translation>Lưu biên bản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="83" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="90" />
        <source>Ví dụ: 05/BB-PGDĐT</source>
        <translation>Ví dụ: 05/BB-PGDĐT</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="92" />
        <source>Ví dụ: UBND QUẬN 3</source>
        <translation>Ví dụ: UBND QUẬN 3</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="95" />
        <source>Ví dụ: PHÒNG VĂN HÓA - XÃ HỘI (trống: như tên cơ quan kiểm tra)</source>
        <translation>Ví dụ: PHÒNG VĂN HÓA - XÃ HỘI (trống: như tên cơ quan kiểm tra)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="97" />
        <source>Căn cứ Quyết định số … về việc kiểm tra …</source>
        <translation>Căn cứ Quyết định số … về việc kiểm tra …</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="104" />
        <source>Số biên bản:</source>
        <translation>Số biên bản:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="104" />
        <source>Cơ quan chủ quản:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="105" />
        <source>Cơ quan kiểm tra:</source>
        <translation>Cơ quan kiểm tra:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="106" />
        <source>Căn cứ:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="106" />
        <source>Dòng tên cơ quan trên tiêu đề:</source>
        <translation>Dòng tên cơ quan trên tiêu đề:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="107" />
        <source>Địa điểm:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="107" />
        <source>Bắt đầu:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="108" />
        <source>Kết thúc:</source>
        <translation>Kết thúc:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="115" />
        <source>Đoàn kiểm tra:</source>
        <translation>Đoàn kiểm tra:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="116" />
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="122" />
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="116" />
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="122" />
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="116" />
        <source>Nhiệm vụ trong đoàn</source>
        <translation>Nhiệm vụ trong đoàn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="117" />
        <source>Thêm thành viên</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="117" />
        <source>Bớt thành viên</source>
        <translation>Bớt thành viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="121" />
        <source>Đại diện nhà trường:</source>
        <translation>Đại diện nhà trường:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="123" />
        <source>Thêm người</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="123" />
        <source>Bớt người</source>
        <translation>Bớt người</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="139" />
        <source>Đã hoàn thành</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="139" />
        <source>Đang thực hiện</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="140" />
        <source>Không hoàn thành</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="140" />
        <source>Chưa thực hiện</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="147" />
        <source>Dòng kế hoạch</source>
        <translation>Dòng kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="138" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="138" />
        <source>Nhận xét</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="185" />
        <source>Mỗi nhận xét một dòng; «Tiêu chuẩn 2: …» là nhận xét về tiêu chuẩn đó</source>
        <translation>Mỗi nhận xét một dòng; «Tiêu chuẩn 2: …» là nhận xét về tiêu chuẩn đó</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="188" />
        <source>Mỗi kiến nghị một dòng</source>
        <translation>Mỗi kiến nghị một dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="191" />
        <source>Nhận xét của đoàn:</source>
        <translation>Nhận xét của đoàn:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="192" />
        <source>Kiến nghị:</source>
        <translation>Kiến nghị:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/inspection_dialog.py" line="193" />
        <source>Kết luận:</source>
        <translation>Kết luận:</translation>
    </message>
</context>
<context>
    <name>InspectionOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="24" />
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="50" />
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="63" />
        <source>Biên bản kiểm tra</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="27" />
        <source>Lập, sửa, in biên bản kiểm tra kế hoạch của trường đang chọn</source>
        <translation>Lập, sửa, in biên bản kiểm tra kế hoạch của trường đang chọn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="28" />
        <source>Lập hoặc sửa biên bản…</source>
        <translation>Lập hoặc sửa biên bản…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="30" />
        <source>In biên bản (PDF)…</source>
        <translation>In biên bản (PDF)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="46" />
        <source>Hãy chọn một trường trong bảng.</source>
        <translation>Hãy chọn một trường trong bảng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="58" />
        <source>Biên bản số {0}: {1} ({2})</source>
        <translation>Biên bản số {0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="60" />
        <source>chưa có số</source>
        <translation>chưa có số</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="62" />
        <source>Lập biên bản mới</source>
        <translation>Lập biên bản mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="63" />
        <source>Biên bản:</source>
        <translation>Biên bản:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="97" />
        <source>Biên bản kiểm tra: {0}, kế hoạch năm học {1}</source>
        <translation>Biên bản kiểm tra: {0}, kế hoạch năm học {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="106" />
        <source>Đã lưu biên bản kiểm tra số {0} của {1} (năm học {2}); biên bản đi kèm phản hồi gửi trường.</source>
        <translation>Đã lưu biên bản kiểm tra số {0} của {1} (năm học {2}); biên bản đi kèm phản hồi gửi trường.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="126" />
        <source>{0} chưa có biên bản kiểm tra năm học {1}; hãy «Lập hoặc sửa biên bản…» trước.</source>
        <translation>{0} chưa có biên bản kiểm tra năm học {1}; hãy «Lập hoặc sửa biên bản…» trước.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="130" />
        <source>Lưu biên bản kiểm tra</source>
        <translation>Lưu biên bản kiểm tra</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="132" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/inspection_ops.py" line="142" />
        <source>Đã lưu biên bản kiểm tra: {0}</source>
        <translation>Đã lưu biên bản kiểm tra: {0}</translation>
    </message>
</context>
<context>
    <name>IssueOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="28" />
        <source>Ban hành kế hoạch năm học {0} thành &lt;b&gt;lần ban hành {1}&lt;/b&gt;?</source>
        <translation>Ban hành kế hoạch năm học {0} thành &lt;b&gt;lần ban hành {1}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="29" />
        <source>Nội dung hiện tại được lưu cố định cùng một mã xác thực; mã này và mã QR in ở chân mỗi trang, ai cầm bản in cũng tra lại được.</source>
        <translation>Nội dung hiện tại được lưu cố định cùng một mã xác thực; mã này và mã QR in ở chân mỗi trang, ai cầm bản in cũng tra lại được.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="32" />
        <source>Lần ban hành {0} ({1}) vẫn được giữ nguyên và xem lại được.</source>
        <translation>Lần ban hành {0} ({1}) vẫn được giữ nguyên và xem lại được.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="34" />
        <source>Sau khi ban hành vẫn sửa được kế hoạch; khi đó bản in ghi «Bản dự thảo» cho đến khi ban hành lần {0}.</source>
        <translation>Sau khi ban hành vẫn sửa được kế hoạch; khi đó bản in ghi «Bản dự thảo» cho đến khi ban hành lần {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="40" />
        <source>Đã ban hành kế hoạch năm học {0}, lần {1}.&lt;br&gt;Mã xác thực: &lt;b&gt;{2}&lt;/b&gt;&lt;br&gt;Mã này được in ở chân mỗi trang (kèm mã QR); tra lại bằng lệnh &lt;tt&gt;kehoach verify&lt;/tt&gt;.</source>
        <translation>Đã ban hành kế hoạch năm học {0}, lần {1}.&lt;br&gt;Mã xác thực: &lt;b&gt;{2}&lt;/b&gt;&lt;br&gt;Mã này được in ở chân mỗi trang (kèm mã QR); tra lại bằng lệnh &lt;tt&gt;kehoach verify&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="58" />
        <source>Kế hoạch không thay đổi từ lần ban hành {0}; mã xác thực vẫn là &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>Kế hoạch không thay đổi từ lần ban hành {0}; mã xác thực vẫn là &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="70" />
        <source>Ban hành kế hoạch</source>
        <translation>Ban hành kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="78" />
        <source>Ban hành</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="79" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="87" />
        <source>Chưa mở kế hoạch nào.</source>
        <translation>Chưa mở kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/issue_ops.py" line="97" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>LevelBanner</name>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="45" />
        <source>Thử xem: tiêu chí này đạt mức khác thì nhà trường đạt mức nào</source>
        <translation>Thử xem: tiêu chí này đạt mức khác thì nhà trường đạt mức nào</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="56" />
        <source>Thử nếu tiêu chí</source>
        <translation>Thử nếu tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="58" />
        <source>đạt</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="82" />
        <source>&lt;b&gt;Khung {0} không có quy tắc xếp mức của nhà trường.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khung {0} không có quy tắc xếp mức của nhà trường.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="87" />
        <location filename="../kehoach_desktop/ui/level_banner.py" line="118" />
        <source>Mức {0}</source>
        <translation>Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="87" />
        <location filename="../kehoach_desktop/ui/level_banner.py" line="116" />
        <source>Chưa đạt Mức 1</source>
        <translation>Chưa đạt Mức 1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="88" />
        <source>&lt;b&gt;Mức đạt của nhà trường: &lt;span style='color:{0}'&gt;{1}&lt;/span&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mức đạt của nhà trường: &lt;span style='color:{0}'&gt;{1}&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="95" />
        <source>Còn {0} tiêu chí chưa đánh giá xong</source>
        <translation>Còn {0} tiêu chí chưa đánh giá xong</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="96" />
        <source>Đã đánh giá đủ {0} tiêu chí</source>
        <translation>Đã đánh giá đủ {0} tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="150" />
        <source>nhà trường đạt Mức {0}</source>
        <translation>nhà trường đạt Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="151" />
        <source>nhà trường chưa đạt Mức 1</source>
        <translation>nhà trường chưa đạt Mức 1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="153" />
        <source>Nếu tiêu chí {0} đạt Mức {1}: {2}</source>
        <translation>Nếu tiêu chí {0} đạt Mức {1}: {2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/level_banner.py" line="155" />
        <source>Nếu tiêu chí {0} không đạt Mức 1: {1}</source>
        <translation>Nếu tiêu chí {0} không đạt Mức 1: {1}</translation>
    </message>
</context>
<context>
    <name>LevelBox</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="104" />
        <source>&lt;b&gt;Mức {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mức {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="109" />
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="109" />
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="110" />
        <source>Chưa đánh giá</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="119" />
        <source>Hiện trạng, kết quả đạt được (kèm mã minh chứng):</source>
        <translation>Hiện trạng, kết quả đạt được (kèm mã minh chứng):</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="121" />
        <source>Ví dụ: Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01).</source>
        <translation>Ví dụ: Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="128" />
        <source>Chèn mã minh chứng…</source>
        <translation>Chèn mã minh chứng…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="129" />
        <source>Chọn trong danh mục minh chứng của năm học; mã được chèn vào chỗ con trỏ</source>
        <translation>Chọn trong danh mục minh chứng của năm học; mã được chèn vào chỗ con trỏ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="131" />
        <source>hoặc gõ mã, ví dụ MC.1.1.01, rồi nhấn Enter</source>
        <translation>hoặc gõ mã, ví dụ MC.1.1.01, rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="158" />
        <source>Yêu cầu: {0}</source>
        <translation>Yêu cầu: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="158" />
        <source>(Danh mục không có yêu cầu của mức này.)</source>
        <translation>(Danh mục không có yêu cầu của mức này.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="216" />
        <source>Không thấy mã minh chứng nào dạng {0} trong «{1}».</source>
        <translation>Không thấy mã minh chứng nào dạng {0} trong «{1}».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="238" />
        <source>Minh chứng trích dẫn: {0}</source>
        <translation>Minh chứng trích dẫn: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="240" />
        <source>{0} không có trong danh mục minh chứng</source>
        <translation>{0} không có trong danh mục minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor_level.py" line="243" />
        <source>Chưa trích dẫn mã minh chứng nào.</source>
        <translation>Chưa trích dẫn mã minh chứng nào.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="73" />
        <source> Kế hoạch: </source>
        <translation> Kế hoạch: </translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="95" />
        <location filename="../kehoach_desktop/ui/main_window.py" line="404" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="100" />
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="240" />
        <source>Năm học {0} · {1}</source>
        <translation>Năm học {0} · {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="159" />
        <source>Không chuyển được sang cửa sổ kia (có thể nó vừa đóng). Hãy mở lại tệp.</source>
        <translation>Không chuyển được sang cửa sổ kia (có thể nó vừa đóng). Hãy mở lại tệp.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="105" />
        <source>Tự đánh giá</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="250" />
        <source> (bản sao {0})</source>
        <translation> (bản sao {0})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="251" />
        <source>Tệp cũ có hai kế hoạch cùng năm học; bản sao này được giữ để không mất dòng nào. Hãy đổi năm học của nó trong «Thông tin kế hoạch…».</source>
        <translation>Tệp cũ có hai kế hoạch cùng năm học; bản sao này được giữ để không mất dòng nào. Hãy đổi năm học của nó trong «Thông tin kế hoạch…».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="286" />
        <source>Tiêu chí {0}: {1}</source>
        <translation>Tiêu chí {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="287" />
        <source>Dòng {0}</source>
        <translation>Dòng {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="319" />
        <source>Tiêu chí {0} chưa có dòng nào. Nhấn chuột phải để thêm dòng.</source>
        <translation>Tiêu chí {0} chưa có dòng nào. Nhấn chuột phải để thêm dòng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="386" />
        <source>Chưa lưu được vào tệp!</source>
        <translation>Chưa lưu được vào tệp!</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="400" />
        <source>Kế hoạch cải tiến chất lượng giáo dục</source>
        <translation>Kế hoạch cải tiến chất lượng giáo dục</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="403" />
        <source>(chưa có thông tin trường)</source>
        <translation>(chưa có thông tin trường)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="405" />
        <source> (chỉ xem)</source>
        <translation> (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="407" />
        <source>Chỉ xem: tệp đang mở ở một cửa sổ khác</source>
        <translation>Chỉ xem: tệp đang mở ở một cửa sổ khác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/main_window.py" line="410" />
        <source>Mọi thay đổi được lưu ngay vào tệp</source>
        <translation>Mọi thay đổi được lưu ngay vào tệp</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="34" />
        <source>Thông tin cơ quan quản lý</source>
        <translation>Thông tin cơ quan quản lý</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="34" />
        <source>Tệp cơ quan quản lý mới</source>
        <translation>Tệp cơ quan quản lý mới</translation>
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
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="62" />
        <source>Cơ quan</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="64" />
        <source>Loại cơ quan</source>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="65" />
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="66" />
        <source>Tỉnh, thành phố</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="67" />
        <source>Tên (trong câu văn)</source>
        <translation>Tên (trong câu văn)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="69" />
        <source>Trên văn bản</source>
        <translation>Trên văn bản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="71" />
        <source>Cơ quan chủ quản (tiêu đề)</source>
        <translation>Cơ quan chủ quản (tiêu đề)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="72" />
        <source>Tên cơ quan (tiêu đề)</source>
        <translation>Tên cơ quan (tiêu đề)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="73" />
        <source>Địa danh (ngày tháng)</source>
        <translation>Địa danh (ngày tháng)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="74" />
        <source>Ký hiệu báo cáo</source>
        <translation>Ký hiệu báo cáo</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="75" />
        <source>Chức vụ người ký</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="76" />
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="77" />
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="84" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="84" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="131" />
        <source>Chưa xác minh: {0}</source>
        <translation>Chưa xác minh: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/office_dialog.py" line="133" />
        <source>Phòng GD&amp;ĐT không còn từ 01/7/2025: hãy chọn cơ quan hiện nay. Văn bản trước ngày đó vẫn in Phòng GD&amp;ĐT.</source>
        <translation>Phòng GD&amp;ĐT không còn từ 01/7/2025: hãy chọn cơ quan hiện nay. Văn bản trước ngày đó vẫn in Phòng GD&amp;ĐT.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="58" />
        <source>Xem trước bản in — {name}</source>
        <translation>Xem trước bản in — {name}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="69" />
        <source>Thu nhỏ</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="70" />
        <source>Phóng to</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="71" />
        <source>Vừa chiều rộng</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="72" />
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="73" />
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="74" />
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="99" />
        <source>Trang {page} / {count}</source>
        <translation>Trang {page} / {count}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="116" />
        <source>Lưu bản PDF</source>
        <translation>Lưu bản PDF</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="117" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="125" />
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/preview.py" line="126" />
        <source>Không lưu được tệp «{name}»: {why}</source>
        <translation>Không lưu được tệp «{name}»: {why}</translation>
    </message>
</context>
<context>
    <name>PlanColumns</name>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="50" />
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="51" />
        <source>Tiêu chuẩn, tiêu chí</source>
        <translation>Tiêu chuẩn, tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="52" />
        <source>Mức</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="53" />
        <source>Kết quả cần đạt</source>
        <translation>Kết quả cần đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="54" />
        <source>Công việc/giải pháp</source>
        <translation>Công việc/giải pháp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="55" />
        <source>Chủ trì và phối hợp</source>
        <translation>Chủ trì và phối hợp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="56" />
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="57" />
        <source>Dự kiến kinh phí</source>
        <translation>Dự kiến kinh phí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="58" />
        <source>Điều kiện hỗ trợ khác</source>
        <translation>Điều kiện hỗ trợ khác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="59" />
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="60" />
        <source>Nội dung cải tiến</source>
        <translation>Nội dung cải tiến</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="61" />
        <source>Mục tiêu cải tiến</source>
        <translation>Mục tiêu cải tiến</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="62" />
        <source>Hoạt động/giải pháp</source>
        <translation>Hoạt động/giải pháp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="63" />
        <source>Chỉ số đánh giá kết quả</source>
        <translation>Chỉ số đánh giá kết quả</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="64" />
        <source>Thời gian thực hiện</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="65" />
        <source>Đơn vị/cá nhân phụ trách</source>
        <translation>Đơn vị/cá nhân phụ trách</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="66" />
        <source>Nguồn lực bảo đảm</source>
        <translation>Nguồn lực bảo đảm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="67" />
        <source>Thông tin, dữ liệu hoặc minh chứng dự kiến</source>
        <translation>Thông tin, dữ liệu hoặc minh chứng dự kiến</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="68" />
        <source>Mức độ thực hiện</source>
        <translation>Mức độ thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="73" />
        <source>Vấn đề ưu tiên</source>
        <translation>Vấn đề ưu tiên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="74" />
        <source>Vấn đề ưu tiên (số thứ tự ở mục IV)</source>
        <translation>Vấn đề ưu tiên (số thứ tự ở mục IV)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="75" />
        <source>Chưa thực hiện</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="76" />
        <source>Đang thực hiện</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="77" />
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="78" />
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="69" />
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="70" />
        <source>Mức hiện tại</source>
        <translation>Mức hiện tại</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="71" />
        <source>Mức cần đạt</source>
        <translation>Mức cần đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_columns.py" line="72" />
        <source>Minh chứng dự kiến</source>
        <translation>Minh chứng dự kiến</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="41" />
        <source>Thông tin kế hoạch năm học {0}</source>
        <translation>Thông tin kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="44" />
        <source>Chung</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="47" />
        <source>I. Thông tin chung</source>
        <translation>I. Thông tin chung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="49" />
        <source>III. Mục đích, yêu cầu</source>
        <translation>III. Mục đích, yêu cầu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="49" />
        <source>I. Mục đích, yêu cầu</source>
        <translation>I. Mục đích, yêu cầu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="51" />
        <source>II. Căn cứ</source>
        <translation>II. Căn cứ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="173" />
        <source>Tiêu chuẩn</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <source>Tiêu chí liên quan</source>
        <translation>Tiêu chí liên quan</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="54" />
        <source>Đánh giá hiện trạng</source>
        <translation>Đánh giá hiện trạng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <source>Điểm hạn chế</source>
        <translation>Điểm hạn chế</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <source>Nguyên nhân</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="62" />
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="55" />
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="62" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="57" />
        <source>IV. Vấn đề ưu tiên</source>
        <translation>IV. Vấn đề ưu tiên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="58" />
        <source>VII. Tổ chức thực hiện</source>
        <translation>VII. Tổ chức thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="58" />
        <source>IV. Tổ chức thực hiện</source>
        <translation>IV. Tổ chức thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Nội dung theo dõi</source>
        <translation>Nội dung theo dõi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="61" />
        <source>Điều chỉnh</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="62" />
        <source>Người đánh giá</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="64" />
        <source>VI. Theo dõi</source>
        <translation>VI. Theo dõi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="66" />
        <source>VIII. Đánh giá, báo cáo</source>
        <translation>VIII. Đánh giá, báo cáo</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="68" />
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="77" />
        <source>Trong các ô nhiều dòng, mỗi dòng là một mục.</source>
        <translation>Trong các ô nhiều dòng, mỗi dòng là một mục.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="84" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="84" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="95" />
        <source>Dòng đầu của tiêu đề, như ngày ban hành kế hoạch: sửa thông tin trường sau này không đổi dòng này của kế hoạch đã lập.</source>
        <translation>Dòng đầu của tiêu đề, như ngày ban hành kế hoạch: sửa thông tin trường sau này không đổi dòng này của kế hoạch đã lập.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="103" />
        <source>ví dụ: 06/9/2024</source>
        <translation>ví dụ: 06/9/2024</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="115" />
        <source>Kế hoạch đã có dòng nên giữ khung tiêu chí đã lập.</source>
        <translation>Kế hoạch đã có dòng nên giữ khung tiêu chí đã lập.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="117" />
        <source>Dự thảo</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="117" />
        <source>Đã ban hành</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="119" />
        <source>Dùng «Ban hành kế hoạch» để khóa bản ký và in mã xác thực.</source>
        <translation>Dùng «Ban hành kế hoạch» để khóa bản ký và in mã xác thực.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="123" />
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="124" />
        <source>Số văn bản</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="125" />
        <source>Địa danh</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="126" />
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="128" />
        <source>Năm học</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="129" />
        <source>Tên kế hoạch</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="130" />
        <source>Khung tiêu chí</source>
        <translation>Khung tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="131" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="132" />
        <source>Chức vụ người ký</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="133" />
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="143" />
        <source>Đề xuất từ báo cáo tự đánh giá…</source>
        <translation>Đề xuất từ báo cáo tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="144" />
        <source>Chọn vấn đề ưu tiên từ điểm hạn chế và các tiêu chí chưa đạt mức trong báo cáo tự đánh giá; thêm vào bảng này khi nhấn «Lưu».</source>
        <translation>Chọn vấn đề ưu tiên từ điểm hạn chế và các tiêu chí chưa đạt mức trong báo cáo tự đánh giá; thêm vào bảng này khi nhấn «Lưu».</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="173" />
        <source>Nhóm</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="173" />
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="174" />
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="174" />
        <source>Thêm nhóm</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="174" />
        <source>Xóa nhóm</source>
        <translation>Xóa nhóm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="177" />
        <source>Họ tên</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="177" />
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="177" />
        <source>Giám sát</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="178" />
        <source>Thêm người</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="178" />
        <source>Xóa người</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="185" />
        <source>Chủ tịch Hội đồng tự đánh giá</source>
        <translation>Chủ tịch Hội đồng tự đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="186" />
        <source>Nhiệm vụ của Chủ tịch</source>
        <translation>Nhiệm vụ của Chủ tịch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="187" />
        <source>Các nhóm công tác</source>
        <translation>Các nhóm công tác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="188" />
        <source>Tổ giám sát</source>
        <translation>Tổ giám sát</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="189" />
        <source>Nhiệm vụ tổ giám sát</source>
        <translation>Nhiệm vụ tổ giám sát</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="190" />
        <source>Nhiệm vụ cán bộ, giáo viên</source>
        <translation>Nhiệm vụ cán bộ, giáo viên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/plan_dialog.py" line="207" />
        <source>(chưa có ngày)</source>
        <translation>(chưa có ngày)</translation>
    </message>
</context>
<context>
    <name>PlanOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="34" />
        <source>Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. Hãy chọn năm học khác.</source>
        <translation>Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. Hãy chọn năm học khác.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="37" />
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="41" />
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="68" />
        <source>Kế hoạch năm học {0}</source>
        <translation>Kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_ops.py" line="69" />
        <source>Đã tạo kế hoạch năm học {0} với {1} dòng chưa hoàn thành.</source>
        <translation>Đã tạo kế hoạch năm học {0} với {1} dòng chưa hoàn thành.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/plan_table.py" line="208" />
        <source>Mức hiện tại → mức cần đạt</source>
        <translation>Mức hiện tại → mức cần đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_table.py" line="256" />
        <source>Tiêu chuẩn {0}</source>
        <translation>Tiêu chuẩn {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/plan_table.py" line="277" />
        <source>Tiêu chí {0}: {1}</source>
        <translation>Tiêu chí {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PrintOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="57" />
        <source>Chưa mở kế hoạch nào.</source>
        <translation>Chưa mở kế hoạch nào.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="60" />
        <source>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in.</source>
        <translation>Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="36" />
        <location filename="../kehoach_desktop/ui/print_ops.py" line="85" />
        <location filename="../kehoach_desktop/ui/print_ops.py" line="87" />
        <source>Đang dựng bản in…</source>
        <translation>Đang dựng bản in…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="32" />
        <source>Đang dựng trang {0} (khoảng {1} trang)…</source>
        <translation>Đang dựng trang {0} (khoảng {1} trang)…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="34" />
        <source>Đang chuẩn bị bảng: dòng {0}/{1}…</source>
        <translation>Đang chuẩn bị bảng: dòng {0}/{1}…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="81" />
        <source>Dựng bản in</source>
        <translation>Dựng bản in</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="89" />
        <source>Đã hủy: bản in không được dựng.</source>
        <translation>Đã hủy: bản in không được dựng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="97" />
        <source>Không dựng được bản in ({0}).</source>
        <translation>Không dựng được bản in ({0}).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="122" />
        <source>Kế hoạch năm học {0}</source>
        <translation>Kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="126" />
        <source>⚠ còn ghi tên huyện hoặc Phòng GD&amp;ĐT (xem thanh trạng thái)</source>
        <translation>⚠ còn ghi tên huyện hoặc Phòng GD&amp;ĐT (xem thanh trạng thái)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="135" />
        <source>Kế hoạch năm học {0} chưa có biên bản kiểm tra nào. Lập biên bản ngay bây giờ? (Chọn «Không» để in mẫu trống.)</source>
        <translation>Kế hoạch năm học {0} chưa có biên bản kiểm tra nào. Lập biên bản ngay bây giờ? (Chọn «Không» để in mẫu trống.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="144" />
        <source>In biên bản kiểm tra</source>
        <translation>In biên bản kiểm tra</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="149" />
        <source>Biên bản kiểm tra kế hoạch năm học {0}</source>
        <translation>Biên bản kiểm tra kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="162" />
        <source>Báo cáo tiến độ (tính đến tháng {0})</source>
        <translation>Báo cáo tiến độ (tính đến tháng {0})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="172" />
        <location filename="../kehoach_desktop/ui/print_ops.py" line="178" />
        <source>Xuất biên bản kiểm tra ra Word</source>
        <translation>Xuất biên bản kiểm tra ra Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="179" />
        <source>Tệp Word (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="184" />
        <source>Xuất tệp Word</source>
        <translation>Xuất tệp Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="185" />
        <source>Đã xuất biên bản kiểm tra ra tệp Word {0}</source>
        <translation>Đã xuất biên bản kiểm tra ra tệp Word {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="204" />
        <source>Lần kiểm tra {0} ({1})</source>
        <translation>Lần kiểm tra {0} ({1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="205" />
        <source>chưa có số</source>
        <translation>chưa có số</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="208" />
        <source>Lập biên bản mới</source>
        <translation>Lập biên bản mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="209" />
        <source>Biên bản:</source>
        <translation>Biên bản:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="223" />
        <source>Biên bản kiểm tra</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="238" />
        <source>Đã lưu biên bản kiểm tra ({0} thành viên đoàn).</source>
        <translation>Đã lưu biên bản kiểm tra ({0} thành viên đoàn).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="244" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="245" />
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="246" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/print_ops.py" line="247" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="41" />
        <source>Đề xuất vấn đề ưu tiên từ báo cáo tự đánh giá năm học {0}</source>
        <translation>Đề xuất vấn đề ưu tiên từ báo cáo tự đánh giá năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="42" />
        <source>Đánh dấu những vấn đề kế hoạch sẽ cải tiến. Theo mẫu, kế hoạch không cải tiến toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên. Có thể sửa lời trước khi thêm.</source>
        <translation>Đánh dấu những vấn đề kế hoạch sẽ cải tiến. Theo mẫu, kế hoạch không cải tiến toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên. Có thể sửa lời trước khi thêm.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Chọn</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Tiêu chuẩn</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="47" />
        <source>Hiện trạng</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="48" />
        <source>Điểm hạn chế</source>
        <translation>Điểm hạn chế</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="48" />
        <source>Nguyên nhân</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="63" />
        <source>Đã có ở mục IV của kế hoạch</source>
        <translation>Đã có ở mục IV của kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="75" />
        <source>Tạo dòng kế hoạch cho vấn đề đã chọn (nội dung cải tiến là điểm hạn chế, tiêu chí là tiêu chí đầu tiên)</source>
        <translation>Tạo dòng kế hoạch cho vấn đề đã chọn (nội dung cải tiến là điểm hạn chế, tiêu chí là tiêu chí đầu tiên)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="79" />
        <source>Thêm vào mục IV</source>
        <translation>Thêm vào mục IV</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="79" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="111" />
        <source>Đã chọn {0}/{1} vấn đề.</source>
        <translation>Đã chọn {0}/{1} vấn đề.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="113" />
        <source>{0} vấn đề (chữ xám) đã có ở mục IV của kế hoạch.</source>
        <translation>{0} vấn đề (chữ xám) đã có ở mục IV của kế hoạch.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/problems_dialog.py" line="124" />
        <source>Chưa chọn vấn đề nào.</source>
        <translation>Chưa chọn vấn đề nào.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="31" />
        <source>{0} tỷ</source>
        <translation>{0} tỷ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="33" />
        <source>{0} triệu</source>
        <translation>{0} triệu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="36" />
        <source>{0} nghìn</source>
        <translation>{0} nghìn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="76" />
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="68" />
        <source>{0}: {1}% · {2} dòng · đã chi {3} / {4}</source>
        <translation>{0}: {1}% · {2} dòng · đã chi {3} / {4}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="63" />
        <source>Nội dung không gắn tiêu chí</source>
        <translation>Nội dung không gắn tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="76" />
        <source>Tiêu chuẩn {0}</source>
        <translation>Tiêu chuẩn {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="89" />
        <source>Kế hoạch chưa có dòng nào.</source>
        <translation>Kế hoạch chưa có dòng nào.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="117" />
        <source>Kinh phí: đã chi {0} / dự kiến {1}</source>
        <translation>Kinh phí: đã chi {0} / dự kiến {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="120" />
        <source>Kinh phí: không dự kiến</source>
        <translation>Kinh phí: không dự kiến</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="137" />
        <source>{0} trễ hạn</source>
        <translation>{0} trễ hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="150" />
        <source>Tiến độ (% trung bình các dòng)</source>
        <translation>Tiến độ (% trung bình các dòng)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="151" />
        <source>Kinh phí đã chi</source>
        <translation>Kinh phí đã chi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_chart.py" line="151" />
        <source>Kinh phí dự kiến</source>
        <translation>Kinh phí dự kiến</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="77" />
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="232" />
        <source>Cập nhật tiến độ</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="83" />
        <source>Dòng kế hoạch</source>
        <translation>Dòng kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="87" />
        <source>Hiện tại: {0}, {1}%</source>
        <translation>Hiện tại: {0}, {1}%</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="89" />
        <source> (trạng thái đặt bằng tay)</source>
        <translation> (trạng thái đặt bằng tay)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="95" />
        <source>Ngày cập nhật:</source>
        <translation>Ngày cập nhật:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="109" />
        <source>Phần trăm hoàn thành:</source>
        <translation>Phần trăm hoàn thành:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="113" />
        <source>Theo phần trăm (100% là hoàn thành)</source>
        <translation>Theo phần trăm (100% là hoàn thành)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="114" />
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="115" />
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="118" />
        <source>Đã thực hiện được gì, kết quả ra sao…</source>
        <translation>Đã thực hiện được gì, kết quả ra sao…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="120" />
        <source>Nội dung:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="123" />
        <source>Người báo cáo:</source>
        <translation>Người báo cáo:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="127" />
        <source>Ví dụ: {0}; nhiều mã cách nhau bằng dấu phẩy</source>
        <translation>Ví dụ: {0}; nhiều mã cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="128" />
        <source>Mã minh chứng:</source>
        <translation>Mã minh chứng:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="136" />
        <source>Kinh phí đã chi đến nay, ví dụ 2,5 triệu</source>
        <translation>Kinh phí đã chi đến nay, ví dụ 2,5 triệu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="139" />
        <source>Đã chi:</source>
        <translation>Đã chi:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="149" />
        <source>Lưu cập nhật</source>
        <translation>Lưu cập nhật</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="150" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="169" />
        <source>Chọn ngày trên lịch</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="187" />
        <source>{0} chưa có trong danh mục minh chứng năm học {1}</source>
        <translation>{0} chưa có trong danh mục minh chứng năm học {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="232" />
        <source>Bỏ những gì đã nhập?</source>
        <translation>Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="234" />
        <source>Có, bỏ đi</source>
        <translation>Có, bỏ đi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_dialog.py" line="235" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>ProgressOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_ops.py" line="30" />
        <source>Cập nhật tiến độ «{0}»</source>
        <translation>Cập nhật tiến độ «{0}»</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_ops.py" line="73" />
        <source>Hãy chọn một dòng kế hoạch trước.</source>
        <translation>Hãy chọn một dòng kế hoạch trước.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_ops.py" line="92" />
        <source>Đã ghi cập nhật tiến độ: {0}%.</source>
        <translation>Đã ghi cập nhật tiến độ: {0}%.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="17" />
        <source>Học kỳ I</source>
        <translation>Học kỳ I</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="17" />
        <source>Cả năm</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="23" />
        <source>Chưa thực hiện</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="24" />
        <source>Đang thực hiện</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="25" />
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="26" />
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="32" />
        <source>Cuối học kỳ I</source>
        <translation>Cuối học kỳ I</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="33" />
        <source>Cuối năm học</source>
        <translation>Cuối năm học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="38" />
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/progress_words.py" line="38" />
        <source>Chưa đạt</source>
        <translation>Chưa đạt</translation>
    </message>
</context>
<context>
    <name>ReplyBanner</name>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="33" />
        <source>Đã duyệt</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="33" />
        <source>Trả lại</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="35" />
        <source>{0}: {1}{2}</source>
        <translation>{0}: {1}{2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="37" />
        <source>Lý do: {0}</source>
        <translation>Lý do: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="39" />
        <source>Dòng {0}: {1}</source>
        <translation>Dòng {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="41" />
        <source>… và {0} ý kiến khác (lệnh: kehoach reply show).</source>
        <translation>… và {0} ý kiến khác (lệnh: kehoach reply show).</translation>
    </message>
</context>
<context>
    <name>ReplyOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="66" />
        <source>Khóa ký của cơ quan đã đổi</source>
        <translation>Khóa ký của cơ quan đã đổi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="67" />
        <source>Đã gọi điện đối chiếu mã khóa với cơ quan quản lý và muốn nhận phản hồi này?</source>
        <translation>Đã gọi điện đối chiếu mã khóa với cơ quan quản lý và muốn nhận phản hồi này?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="69" />
        <source>Nhận phản hồi</source>
        <translation>Nhận phản hồi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="70" />
        <source>Không nhận</source>
        <translation>Không nhận</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="82" />
        <source>Nhập phản hồi của cơ quan quản lý</source>
        <translation>Nhập phản hồi của cơ quan quản lý</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="83" />
        <source>Tệp phản hồi (*.json)</source>
        <translation>Tệp phản hồi (*.json)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/reply_ops.py" line="99" />
        <source>Đã nhập phản hồi: {0} — {1}.</source>
        <translation>Đã nhập phản hồi: {0} — {1}.</translation>
    </message>
</context>
<context>
    <name>ReportTextsDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="54" />
        <source>Các nội dung khác của báo cáo tự đánh giá năm học {0}</source>
        <translation>Các nội dung khác của báo cáo tự đánh giá năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="76" />
        <source>In trong báo cáo dưới đề mục: {0}</source>
        <translation>In trong báo cáo dưới đề mục: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="83" />
        <source>Phần {0}</source>
        <translation>Phần {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="85" />
        <source>Số liệu 3 năm</source>
        <translation>Số liệu 3 năm</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="88" />
        <source>ví dụ: 05/6/2026</source>
        <translation>ví dụ: 05/6/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="94" />
        <source>Ngày Hội đồng thông qua báo cáo:</source>
        <translation>Ngày Hội đồng thông qua báo cáo:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="102" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="102" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="110" />
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="110" />
        <source>Năm học {0}</source>
        <translation>Năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="152" />
        <source>⚠ Sau hạn {0}: báo cáo tự đánh giá cần được Hội đồng thông qua trước ngày {0}.</source>
        <translation>⚠ Sau hạn {0}: báo cáo tự đánh giá cần được Hội đồng thông qua trước ngày {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="156" />
        <source>Hạn thông qua: {0}.</source>
        <translation>Hạn thông qua: {0}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/report_texts_dialog.py" line="176" />
        <source>«{0}» dài quá {1} ký tự.</source>
        <translation>«{0}» dài quá {1} ký tự.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="159" />
        <source>(không gắn tiêu chí)</source>
        <translation>(không gắn tiêu chí)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="165" />
        <source>Mức {0}</source>
        <translation>Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="182" />
        <source>ví dụ: 5 triệu</source>
        <translation>ví dụ: 5 triệu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="246" />
        <source>Tiêu chí {0}: {1}</source>
        <translation>Tiêu chí {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="248" />
        <source>Dòng {0}</source>
        <translation>Dòng {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="255" />
        <source>Chọn một dòng trong bảng để sửa chi tiết.</source>
        <translation>Chọn một dòng trong bảng để sửa chi tiết.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="315" />
        <source>số tiền: chưa rõ</source>
        <translation>số tiền: chưa rõ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_form.py" line="317" />
        <source>= {0} đồng</source>
        <translation>= {0} đồng</translation>
    </message>
</context>
<context>
    <name>RowOps</name>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="85" />
        <source>Nhân bản dòng</source>
        <translation>Nhân bản dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="90" />
        <source>Xóa dòng</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="91" />
        <source>Xóa dòng đang chọn khỏi kế hoạch?
(Có thể hoàn tác bằng Ctrl+Z.)</source>
        <translation>Xóa dòng đang chọn khỏi kế hoạch?
(Có thể hoàn tác bằng Ctrl+Z.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="93" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="94" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/row_ops.py" line="136" />
        <source>Không tìm thấy «{0}».</source>
        <translation>Không tìm thấy «{0}».</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="202" />
        <source>Thông tin trường</source>
        <translation>Thông tin trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="206" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="206" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="74" />
        <source>Tên trường</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="74" />
        <source>Mã trường</source>
        <translation>Mã trường</translation>
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
        <translation>Vĩnh Hải (dùng trong dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="75" />
        <source>Hiệu trưởng</source>
        <translation>Hiệu trưởng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="75" />
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="76" />
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="76" />
        <source>Thư điện tử</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="77" />
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="77" />
        <source>Tỉnh, thành phố</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="78" />
        <source>Cơ quan chủ quản (tiêu đề)</source>
        <translation>Cơ quan chủ quản (tiêu đề)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="79" />
        <source>Cơ quan chủ quản (trong câu)</source>
        <translation>Cơ quan chủ quản (trong câu)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="80" />
        <source>Địa danh (ngày tháng)</source>
        <translation>Địa danh (ngày tháng)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="80" />
        <source>Nơi nhận kế hoạch</source>
        <translation>Nơi nhận kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="82" />
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="86" />
        <source>Cấp học</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="89" />
        <source>Cơ quan quản lý (từ 01/7/2025 không còn cấp huyện)</source>
        <translation>Cơ quan quản lý (từ 01/7/2025 không còn cấp huyện)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="140" />
        <source>Đề xuất: trường THPT (hoặc có cấp THPT) thuộc Sở GD&amp;ĐT.</source>
        <translation>Đề xuất: trường THPT (hoặc có cấp THPT) thuộc Sở GD&amp;ĐT.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="142" />
        <source>Đề xuất: trường mầm non, tiểu học, THCS thuộc UBND xã, phường, đặc khu; Phòng Văn hóa - Xã hội nhận kế hoạch.</source>
        <translation>Đề xuất: trường mầm non, tiểu học, THCS thuộc UBND xã, phường, đặc khu; Phòng Văn hóa - Xã hội nhận kế hoạch.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="145" />
        <source>Chưa xác minh: {0}</source>
        <translation>Chưa xác minh: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="156" />
        <source>Chi tiết trường còn ghi tên huyện hoặc Phòng GD&amp;ĐT: từ 01/7/2025 hãy ghi xã, phường và tỉnh để chương trình đề xuất cơ quan mới. Các kế hoạch đã lập vẫn giữ cơ quan của ngày ban hành.</source>
        <translation>Chi tiết trường còn ghi tên huyện hoặc Phòng GD&amp;ĐT: từ 01/7/2025 hãy ghi xã, phường và tỉnh để chương trình đề xuất cơ quan mới. Các kế hoạch đã lập vẫn giữ cơ quan của ngày ban hành.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="183" />
        <source>Mầm non</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="183" />
        <source>Tiểu học</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="184" />
        <source>Trung học cơ sở</source>
        <translation>Trung học cơ sở</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="184" />
        <source>Trung học phổ thông</source>
        <translation>Trung học phổ thông</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="185" />
        <source>Phổ thông có nhiều cấp học</source>
        <translation>Phổ thông có nhiều cấp học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/school_dialog.py" line="185" />
        <source>Giáo dục thường xuyên</source>
        <translation>Giáo dục thường xuyên</translation>
    </message>
</context>
<context>
    <name>SchoolModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Mã trường</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Năm học</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="49" />
        <source>Xã/phường</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="50" />
        <source>Mức tự đánh giá</source>
        <translation>Mức tự đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="51" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="51" />
        <source>Số dòng</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="51" />
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="52" />
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="52" />
        <source>Trễ hạn</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="52" />
        <source>Nhập lúc</source>
        <translation>Nhập lúc</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="64" />
        <source>Trường nhập trực tiếp</source>
        <translation>Trường nhập trực tiếp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="105" />
        <source>TC {0}</source>
        <translation>TC {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="105" />
        <source>Không gắn TC</source>
        <translation>Không gắn TC</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="131" />
        <source>Bản xuất lúc {0}; đã nhập {1} lần</source>
        <translation>Bản xuất lúc {0}; đã nhập {1} lần</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="133" />
        <source>Nhận qua tệp tổng hợp của {0}</source>
        <translation>Nhận qua tệp tổng hợp của {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="134" />
        <source>Trường gửi tệp trực tiếp</source>
        <translation>Trường gửi tệp trực tiếp</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="138" />
        <source>Tệp trường gửi lên chưa có kế hoạch của năm học này.</source>
        <translation>Tệp trường gửi lên chưa có kế hoạch của năm học này.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="184" />
        <source>Chưa xếp mức</source>
        <translation>Chưa xếp mức</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="185" />
        <source>Mức {0}</source>
        <translation>Mức {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="186" />
        <source>Chưa đạt Mức 1</source>
        <translation>Chưa đạt Mức 1</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="188" />
        <source> (tạm tính)</source>
        <translation> (tạm tính)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="192" />
        <source>Trường chưa gửi báo cáo tự đánh giá của năm học này.</source>
        <translation>Trường chưa gửi báo cáo tự đánh giá của năm học này.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="193" />
        <source>Tự đánh giá năm học {0}, mức tính theo quy định từ kết quả từng tiêu chí:</source>
        <translation>Tự đánh giá năm học {0}, mức tính theo quy định từ kết quả từng tiêu chí:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="196" />
        <source>{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).</source>
        <translation>{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="206" />
        <source>Mức {0}: {1} trường</source>
        <translation>Mức {0}: {1} trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="206" />
        <source>Mức {0}: {1}</source>
        <translation>Mức {0}: {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="208" />
        <source>Chưa đạt: {0}</source>
        <translation>Chưa đạt: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="210" />
        <source>Chưa xếp mức: {0}</source>
        <translation>Chưa xếp mức: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="212" />
        <source>Chưa đánh giá xong: {0}</source>
        <translation>Chưa đánh giá xong: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_model.py" line="213" />
        <source>Chưa gửi: {0}</source>
        <translation>Chưa gửi: {0}</translation>
    </message>
</context>
<context>
    <name>SchoolView</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="39" />
        <source>{0} — kế hoạch (chỉ xem)</source>
        <translation>{0} — kế hoạch (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="46" />
        <source>Kế hoạch:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="49" />
        <source>Năm học {0} ({1})</source>
        <translation>Năm học {0} ({1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="53" />
        <source>Dữ liệu từ tệp trường gửi lên; chỉ xem, không sửa.</source>
        <translation>Dữ liệu từ tệp trường gửi lên; chỉ xem, không sửa.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>Nội dung / công việc</source>
        <translation>Nội dung / công việc</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="69" />
        <source>Phụ trách</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="70" />
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="70" />
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="70" />
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="79" />
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="76" />
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="81" />
        <source>Tự đánh giá</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="90" />
        <source>Tệp của trường chưa có chữ ký (chương trình cũ); khóa sẽ được ghi nhận ở tệp có ký đầu tiên.</source>
        <translation>Tệp của trường chưa có chữ ký (chương trình cũ); khóa sẽ được ghi nhận ở tệp có ký đầu tiên.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="91" />
        <source>Khóa ký tệp của trường: {0} (ghi nhận ngày {1})</source>
        <translation>Khóa ký tệp của trường: {0} (ghi nhận ngày {1})</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="94" />
        <source>đã đổi khóa {0} lần</source>
        <translation>đã đổi khóa {0} lần</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="117" />
        <source>Tự đánh giá năm học {0}: {1} · hội đồng {2} thành viên · {3} minh chứng</source>
        <translation>Tự đánh giá năm học {0}: {1} · hội đồng {2} thành viên · {3} minh chứng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/district/school_view.py" line="119" />
        <source>Chưa có báo cáo tự đánh giá trong tệp trường gửi lên.</source>
        <translation>Chưa có báo cáo tự đánh giá trong tệp trường gửi lên.</translation>
    </message>
</context>
<context>
    <name>SecondWindow</name>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="18" />
        <source>Tệp đang mở ở cửa sổ khác</source>
        <translation>Tệp đang mở ở cửa sổ khác</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="19" />
        <source>Tệp «{0}» đang được mở trong một cửa sổ Kế hoạch khác. Hai cửa sổ cùng sửa một tệp dễ gây nhầm lẫn.
Chuyển sang cửa sổ đó, mở tệp ở cửa sổ này chỉ để xem (không sửa được), hay hủy?</source>
        <translation>Tệp «{0}» đang được mở trong một cửa sổ Kế hoạch khác. Hai cửa sổ cùng sửa một tệp dễ gây nhầm lẫn.
Chuyển sang cửa sổ đó, mở tệp ở cửa sổ này chỉ để xem (không sửa được), hay hủy?</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="23" />
        <source>Mở chỉ để xem</source>
        <translation>Mở chỉ để xem</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="25" />
        <source>Chuyển sang cửa sổ đó</source>
        <translation>Chuyển sang cửa sổ đó</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/second_window.py" line="27" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="14" />
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="19" />
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="22" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="26" />
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/settings_dialog.py" line="26" />
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>StandardEditor</name>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="132" />
        <source>1. Điểm mạnh nổi bật</source>
        <translation>1. Điểm mạnh nổi bật</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="133" />
        <source>2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi</source>
        <translation>2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="134" />
        <source>3. Định hướng cải tiến chất lượng</source>
        <translation>3. Định hướng cải tiến chất lượng</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/assessment_editor.py" line="148" />
        <source>Đánh giá chung về Tiêu chuẩn {0}: {1}</source>
        <translation>Đánh giá chung về Tiêu chuẩn {0}: {1}</translation>
    </message>
</context>
<context>
    <name>TargetCommands</name>
    <message>
        <location filename="../kehoach_desktop/ui/target_commands.py" line="70" />
        <source>Thêm chỉ tiêu «{0}»</source>
        <translation>Thêm chỉ tiêu «{0}»</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_commands.py" line="81" />
        <source>Xóa chỉ tiêu «{0}»</source>
        <translation>Xóa chỉ tiêu «{0}»</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_commands.py" line="92" />
        <source>Sửa chỉ tiêu «{0}»</source>
        <translation>Sửa chỉ tiêu «{0}»</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="43" />
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="43" />
        <source>Mục tiêu</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="44" />
        <source>Tên chỉ tiêu: bấm đúp hoặc gõ để sửa</source>
        <translation>Tên chỉ tiêu: bấm đúp hoặc gõ để sửa</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="45" />
        <source>Gõ ví dụ: ≥ 95 %, &lt;= 0,5 %, = 100 học sinh; chỉ gõ số thì giữ so sánh và đơn vị</source>
        <translation>Gõ ví dụ: ≥ 95 %, &lt;= 0,5 %, = 100 học sinh; chỉ gõ số thì giữ so sánh và đơn vị</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/target_model.py" line="46" />
        <source>Kết quả {0}: gõ một số, ví dụ 64 hoặc 0,5; xóa trắng để bỏ</source>
        <translation>Kết quả {0}: gõ một số, ví dụ 64 hoặc 0,5; xóa trắng để bỏ</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="44" />
        <source>Thêm chỉ tiêu</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="45" />
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="143" />
        <source>Xóa chỉ tiêu</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="46" />
        <source>Thêm một chỉ tiêu vào kế hoạch, rồi gõ tên và mục tiêu của nó</source>
        <translation>Thêm một chỉ tiêu vào kế hoạch, rồi gõ tên và mục tiêu của nó</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="47" />
        <source>Xóa chỉ tiêu đang chọn (có thể hoàn tác bằng Ctrl+Z)</source>
        <translation>Xóa chỉ tiêu đang chọn (có thể hoàn tác bằng Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="125" />
        <source>«{0}», cột {1}: {2}</source>
        <translation>«{0}», cột {1}: {2}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="133" />
        <source>Chỉ tiêu mới</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="144" />
        <source>Xóa chỉ tiêu «{0}» và các kết quả đã nhập của nó?
(Có thể hoàn tác bằng Ctrl+Z.)</source>
        <translation>Xóa chỉ tiêu «{0}» và các kết quả đã nhập của nó?
(Có thể hoàn tác bằng Ctrl+Z.)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="146" />
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/targets_panel.py" line="147" />
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>TimeframeField</name>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="95" />
        <source>Tháng bắt đầu, ví dụ 9/2025; có thể gõ cả khoảng: Tháng 9/2025 - 5/2026</source>
        <translation>Tháng bắt đầu, ví dụ 9/2025; có thể gõ cả khoảng: Tháng 9/2025 - 5/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="96" />
        <source>Tháng kết thúc, ví dụ 5/2026</source>
        <translation>Tháng kết thúc, ví dụ 5/2026</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="139" />
        <source>Tháng {0} nằm ngoài năm học {1}</source>
        <translation>Tháng {0} nằm ngoài năm học {1}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/month_picker.py" line="168" />
        <source>Tháng kết thúc {0} trước tháng bắt đầu {1}. Hãy sửa một trong hai tháng.</source>
        <translation>Tháng kết thúc {0} trước tháng bắt đầu {1}. Hãy sửa một trong hai tháng.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="27" />
        <source>Tạo trường mới</source>
        <translation>Tạo trường mới</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="28" />
        <source>Nhập thông tin trường và lập kế hoạch đầu tiên.</source>
        <translation>Nhập thông tin trường và lập kế hoạch đầu tiên.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="31" />
        <source>Mở file…</source>
        <translation>Mở file…</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="32" />
        <source>Mở tệp dữ liệu (.db) của trường trên máy này hoặc trên ổ USB.</source>
        <translation>Mở tệp dữ liệu (.db) của trường trên máy này hoặc trên ổ USB.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="35" />
        <source>Xem thử một trường giả định với hai kế hoạch đã lập sẵn.</source>
        <translation>Xem thử một trường giả định với hai kế hoạch đã lập sẵn.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="55" />
        <source>Tệp của trường được lưu mặc định trong thư mục: {0}</source>
        <translation>Tệp của trường được lưu mặc định trong thư mục: {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="61" />
        <source>Kế hoạch cải tiến chất lượng giáo dục</source>
        <translation>Kế hoạch cải tiến chất lượng giáo dục</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="64" />
        <source>Lập, theo dõi và in kế hoạch của nhà trường — không cần Internet.</source>
        <translation>Lập, theo dõi và in kế hoạch của nhà trường — không cần Internet.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/welcome.py" line="34" />
        <source>Mở trường mẫu</source>
        <translation>Mở trường mẫu</translation>
    </message>
</context>
<context>
    <name>_PlanPage</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="51" />
        <source>Kế hoạch đầu tiên</source>
        <translation>Kế hoạch đầu tiên</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="52" />
        <source>Chọn năm học và khung tiêu chí mà kế hoạch áp dụng.</source>
        <translation>Chọn năm học và khung tiêu chí mà kế hoạch áp dụng.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="58" />
        <source>Năm học</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="59" />
        <source>Khung tiêu chí</source>
        <translation>Khung tiêu chí</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="78" />
        <source>Kế hoạch năm học {0} theo Thông tư {1}.</source>
        <translation>Kế hoạch năm học {0} theo Thông tư {1}.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="87" />
        <source>Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. Hãy chọn năm học khác.</source>
        <translation>Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. Hãy chọn năm học khác.</translation>
    </message>
</context>
<context>
    <name>_SchoolPage</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="28" />
        <source>Thông tin trường</source>
        <translation>Thông tin trường</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="30" />
        <source>Tệp mới chưa có dữ liệu. Hãy nhập thông tin trường; có thể sửa lại sau.</source>
        <translation>Tệp mới chưa có dữ liệu. Hãy nhập thông tin trường; có thể sửa lại sau.</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/first_run.py" line="32" />
        <source>Kiểm tra thông tin trường trước khi lập kế hoạch mới.</source>
        <translation>Kiểm tra thông tin trường trước khi lập kế hoạch mới.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../kehoach_desktop/ui/district/import_worker.py" line="108" />
        <source>Đang dừng sau tệp đang nhập…</source>
        <translation>Đang dừng sau tệp đang nhập…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="136" />
        <source>Nhập kế hoạch từ Word</source>
        <translation>Nhập kế hoạch từ Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="137" />
        <source>Tệp Word (*.docx);;Mọi tệp (*)</source>
        <translation>Tệp Word (*.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="154" />
        <source>Nhập kế hoạch năm học {0} từ Word</source>
        <translation>Nhập kế hoạch năm học {0} từ Word</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="157" />
        <source>Kế hoạch năm học {0}</source>
        <translation>Kế hoạch năm học {0}</translation>
    </message>
    <message>
        <location filename="../kehoach_desktop/ui/dialogs/import_docx.py" line="159" />
        <source>Đã nhập {0} dòng kế hoạch năm học {1} từ {2}.</source>
        <translation>Đã nhập {0} dòng kế hoạch năm học {1} từ {2}.</translation>
    </message>
</context>
</TS>